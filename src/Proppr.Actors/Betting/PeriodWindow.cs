using System.Collections.Immutable;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// The stretch of regulation play a bet counts: its match periods, and the same as match-clock bounds
/// [<see cref="Start"/>, <see cref="End"/>). A half-time substitution is recorded at 46', which is why 46' opens the
/// second half; everything from 91' on is extra time and never counts.
/// </summary>
internal sealed class PeriodWindow
{
    public static readonly PeriodWindow FullTime = new([MatchPeriod.FirstHalf, MatchPeriod.SecondHalf], new MatchTime(0), new MatchTime(91));
    public static readonly PeriodWindow FirstHalf = new([MatchPeriod.FirstHalf], new MatchTime(0), new MatchTime(46));
    public static readonly PeriodWindow SecondHalf = new([MatchPeriod.SecondHalf], new MatchTime(46), new MatchTime(91));

    private PeriodWindow(ImmutableArray<MatchPeriod> periods, MatchTime start, MatchTime end)
    {
        Periods = periods;
        Start = start;
        End = end;
    }

    public ImmutableArray<MatchPeriod> Periods { get; }
    public MatchTime Start { get; }
    public MatchTime End { get; }

    /// <summary>The whole of regulation time, where a whole-match stat is the bet's stat unless extra time was played.</summary>
    public bool IsFullTime => this == FullTime;

    public static PeriodWindow For(BetPeriod period) => period switch
    {
        BetPeriod.FirstHalf => FirstHalf,
        BetPeriod.SecondHalf => SecondHalf,
        _ => FullTime,
    };

    public bool Contains(MatchPeriod period) => Periods.Contains(period);

    /// <summary>
    /// The window's last whistle has gone: the match finished, the provider says the period ended, or play has moved
    /// past it (half time, a later period started, the clock beyond it). An abandoned match keeps what it completed.
    /// </summary>
    public bool HasEnded(MatchDetails match)
    {
        var last = Periods[^1];
        return match.Status == MatchStatus.Finished ||
               match.HasEnded(last) ||
               (last == MatchPeriod.FirstHalf && match.Status == MatchStatus.HalfTime) ||
               match.Clock is { } clock && clock >= End ||
               match.EndedPeriods.Concat(match.PeriodStarts.Keys).Concat(match.ScoreByPeriod.Keys).Any(p => p > last);
    }

    /// <summary>Goals in the window so far, own goals for the side credited.</summary>
    public Score Goals(MatchDetails match) => Sum(match, Periods);

    /// <summary>Goals in the regulation periods before the window opened (the first half, for a second-half bet).</summary>
    public Score GoalsBefore(MatchDetails match) =>
        Sum(match, [.. FullTime.Periods.Where(p => p < Periods[0])]);

    private static Score Sum(MatchDetails match, ImmutableArray<MatchPeriod> periods) =>
        periods.Aggregate(Score.Nil, (score, period) => score.Plus(match.GoalsIn(period)));
}
