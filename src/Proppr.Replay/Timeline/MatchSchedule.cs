using Proppr.Actors.Matches;
using Proppr.Replay.Generation;

namespace Proppr.Replay.Timeline;

/// <summary>
/// A match's timetable in match-day time: lineups an hour before kickoff, each half lasting 45 minutes plus its added
/// time, a 15-minute break, then the correction (if any) its delay after full time.
/// </summary>
public sealed class MatchSchedule
{
    public static readonly TimeSpan LineupLead = TimeSpan.FromMinutes(60);
    public static readonly TimeSpan HalfTimeBreak = TimeSpan.FromMinutes(15);

    private readonly SyntheticMatch _match;

    public MatchSchedule(SyntheticMatch match)
    {
        _match = match;
        var facts = match.Facts;
        Kickoff = match.Kickoff;
        FirstHalfEnd = Kickoff + TimeSpan.FromMinutes(45 + facts.FirstHalfAdded);
        SecondHalfStart = FirstHalfEnd + HalfTimeBreak;
        FullTime = SecondHalfStart + TimeSpan.FromMinutes(45 + facts.SecondHalfAdded);
        CorrectionAt = match.Correction is { } correction ? FullTime + correction.Delay : null;
    }

    public DateTimeOffset LineupsOut => Kickoff - LineupLead;
    public DateTimeOffset Kickoff { get; }
    public DateTimeOffset FirstHalfEnd { get; }
    public DateTimeOffset SecondHalfStart { get; }
    public DateTimeOffset FullTime { get; }
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
        return new MatchMoment(MatchPhase.Finished, null, new MatchTime(90, facts.SecondHalfAdded), now >= CorrectionAt, now);
    }

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
}
