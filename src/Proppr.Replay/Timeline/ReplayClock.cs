namespace Proppr.Replay.Timeline;

/// <summary>
/// Replay time: match-day time running <see cref="Speed"/> times faster than the injected clock, from
/// <see cref="VirtualStart"/> at the moment the clock was created. At speed 90 a 90-minute half-and-half takes a minute.
/// </summary>
public sealed class ReplayClock
{
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _realStart;

    public ReplayClock(TimeProvider time, DateTimeOffset virtualStart, double speed)
    {
        if (speed <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "the replay must move forward");
        }
        _time = time;
        _realStart = time.GetUtcNow();
        VirtualStart = virtualStart;
        Speed = speed;
    }

    /// <summary>
    /// A clock for a match day that starts <paramref name="lead"/> (match-day time) before its first kickoff, so the
    /// first lineups are out almost at once when the lead is a little over an hour.
    /// </summary>
    public static ReplayClock ForDay(Generation.MatchDay day, double speed, TimeSpan lead, TimeProvider? time = null) =>
        new(time ?? TimeProvider.System, day.Matches.Min(m => m.Kickoff) - lead, speed);

    public DateTimeOffset VirtualStart { get; }

    public double Speed { get; }

    /// <summary>The match-day instant now.</summary>
    public DateTimeOffset Now => VirtualStart + ((_time.GetUtcNow() - _realStart) * Speed);

    /// <summary>How long the injected clock takes to cover a stretch of match-day time.</summary>
    public TimeSpan RealDuration(TimeSpan matchDayDuration) => matchDayDuration / Speed;

    /// <summary>The real instant at which match-day time reaches <paramref name="virtualInstant"/>.</summary>
    public DateTimeOffset RealInstant(DateTimeOffset virtualInstant) => _realStart + RealDuration(virtualInstant - VirtualStart);
}
