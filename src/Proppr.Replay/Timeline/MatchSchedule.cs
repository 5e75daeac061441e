using Proppr.Actors.Matches;
using Proppr.Replay.Generation;

namespace Proppr.Replay.Timeline;

/// <summary>
/// A match's timetable in match-day time: lineups an hour before kickoff, each half lasting 45 minutes plus its added
/// time, a 15-minute break, then the correction (if any) its delay after the end. A cup tie level at 90 has a 5-minute
/// break, two 15-minute halves of extra time a minute apart, 2 minutes, then a kick a minute; an abandoned match ends
/// during the minute it was stopped.
/// </summary>
public sealed class MatchSchedule
{
    public static readonly TimeSpan LineupLead = TimeSpan.FromMinutes(60);
    public static readonly TimeSpan HalfTimeBreak = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan ExtraTimeBreak = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ExtraTimeHalf = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan ShootoutBreak = TimeSpan.FromMinutes(2);

    private readonly SyntheticMatch _match;

    public MatchSchedule(SyntheticMatch match)
    {
        _match = match;
        var facts = match.Facts;
        Kickoff = match.Kickoff;
        FirstHalfEnd = Kickoff + TimeSpan.FromMinutes(45 + facts.FirstHalfAdded);
        SecondHalfStart = FirstHalfEnd + HalfTimeBreak;
        FullTime = SecondHalfStart + TimeSpan.FromMinutes(45 + facts.SecondHalfAdded);
        End = FullTime;
        if (match.Quirks.Shootout is { } shootout)
        {
            FirstExtraHalfStart = FullTime + ExtraTimeBreak;
            SecondExtraHalfStart = FirstExtraHalfStart + ExtraTimeHalf + TimeSpan.FromMinutes(1);
            ShootoutStart = SecondExtraHalfStart + ExtraTimeHalf + ShootoutBreak;
            End = ShootoutStart.Value + TimeSpan.FromMinutes(shootout.Minutes);
        }
        if (match.Quirks.AbandonedAt is { } stopped)
        {
            End = HappenedAt(stopped) + TimeSpan.FromSeconds(30);
        }
        CorrectionAt = match.Correction is { } correction ? End + correction.Delay : null;
    }

    public DateTimeOffset LineupsOut => Kickoff - LineupLead;
    public DateTimeOffset Kickoff { get; }
    public DateTimeOffset FirstHalfEnd { get; }
    public DateTimeOffset SecondHalfStart { get; }
    public DateTimeOffset FullTime { get; }
    public DateTimeOffset? FirstExtraHalfStart { get; }
    public DateTimeOffset? SecondExtraHalfStart { get; }
    public DateTimeOffset? ShootoutStart { get; }

    /// <summary>When play ends for good: full time, the last kick of a shoot-out, or the abandonment.</summary>
    public DateTimeOffset End { get; }

    public DateTimeOffset? CorrectionAt { get; }

    public MatchMoment At(DateTimeOffset now)
    {
        var facts = _match.Facts;
        if (_match.Postponed)
        {
            return new MatchMoment(MatchPhase.Postponed, null, null, false, now);
        }
        if (now < Kickoff)
        {
            return new MatchMoment(now < LineupsOut ? MatchPhase.Scheduled : MatchPhase.LineupsOut, null, null, false, now);
        }
        if (_match.Quirks.AbandonedAt is { } stopped && now >= End)
        {
            return new MatchMoment(MatchPhase.Abandoned, null, stopped, false, now);
        }
        if (now < FirstHalfEnd)
        {
            var clock = ClockIn(now - Kickoff, 1, 45, facts.FirstHalfAdded);
            return new MatchMoment(MatchPhase.FirstHalf, clock, clock, false, now);
        }
        if (now < SecondHalfStart)
        {
            return new MatchMoment(MatchPhase.HalfTime, null, new MatchTime(45, facts.FirstHalfAdded), false, now);
        }
        if (now < FullTime)
        {
            var clock = ClockIn(now - SecondHalfStart, 46, 90, facts.SecondHalfAdded);
            return new MatchMoment(MatchPhase.SecondHalf, clock, clock, false, now);
        }
        var fullTime = new MatchTime(90, facts.SecondHalfAdded);
        if (now < ShootoutStart)
        {
            return new MatchMoment(MatchPhase.ExtraTime, ExtraTimeClock(now), fullTime, false, now);
        }
        if (now < End)
        {
            return new MatchMoment(MatchPhase.PenaltyShootout, null, fullTime, false, now);
        }
        return new MatchMoment(MatchPhase.Finished, null, fullTime, now >= CorrectionAt, now);
    }

    /// <summary>Shoot-out kicks taken by <paramref name="now"/>: one a minute from the shoot-out's start.</summary>
    public int KicksTaken(DateTimeOffset now) =>
        ShootoutStart is { } start && now >= start && _match.Quirks.Shootout is { } shootout
            ? Math.Min(shootout.Kicks.Length, 1 + (int)(now - start).TotalMinutes)
            : 0;

    /// <summary>
    /// The instant a fact of minute <paramref name="time"/> happens: the start of that minute on the clock
    /// (<see cref="At"/> shows it from then on), 45+n and 90+n counting on from the half's 45th minute.
    /// </summary>
    public DateTimeOffset HappenedAt(MatchTime time)
    {
        var (start, first) = time.Minute <= 45 ? (Kickoff, 1) : (SecondHalfStart, 46);
        return start + TimeSpan.FromMinutes(time.Minute - first + time.Added);
    }

    /// <summary>The clock as FotMob shows it: the minute being played, then 45+n or 90+n in stoppage time.</summary>
    private static MatchTime ClockIn(TimeSpan elapsed, int firstMinute, int lastMinute, int added)
    {
        var minute = firstMinute + (int)elapsed.TotalMinutes;
        return minute <= lastMinute ? new MatchTime(minute) : new MatchTime(lastMinute, Math.Min(minute - lastMinute, added));
    }

    /// <summary>Extra time's clock: 90 in the break before it, 91 to 105, then 106 to 120 (105 in the minute between).</summary>
    private MatchTime ExtraTimeClock(DateTimeOffset now) => now switch
    {
        _ when now < FirstExtraHalfStart => new MatchTime(90, _match.Facts.SecondHalfAdded),
        _ when now < SecondExtraHalfStart => ClockIn(now - FirstExtraHalfStart!.Value, 91, 105, 0),
        _ => ClockIn(now - SecondExtraHalfStart!.Value, 106, 120, 0),
    };
}
