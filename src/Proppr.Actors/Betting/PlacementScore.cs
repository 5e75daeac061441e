using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// The score when a bet was struck, read from the match for a bet graded after the fact (<c>proppr grade</c>), where no
/// fixture stored it at placement (<c>spec/settlement-rules.md</c>, Lines: an in-play Asian handicap counts only later
/// goals). <c>placed_at</c> is put on the match clock by the kickoff time of the period it fell in (FotMob gives them
/// from 2024 on; before that only the match's kickoff). A goal counts as before the bet when its minute had begun:
/// the data gives goals to the minute, so a bet struck in the minute of a goal is taken to have seen it.
/// </summary>
public static class PlacementScore
{
    private static readonly (MatchPeriod Period, int FirstMinute, int Length)[] Periods =
    [
        (MatchPeriod.FirstHalf, 0, 45),
        (MatchPeriod.SecondHalf, 45, 45),
        (MatchPeriod.FirstExtraHalf, 90, 15),
        (MatchPeriod.SecondExtraHalf, 105, 15),
    ];

    /// <returns>
    /// The whole-match score then: 0-0 for a bet struck before kickoff; null when the match cannot place the moment (no
    /// kickoff time, or a later period began at a time the provider did not give).
    /// </returns>
    public static Score? At(MatchDetails match, DateTimeOffset placedAt)
    {
        if (!match.Status.HasStarted())
        {
            return Score.Nil;
        }
        var starts = match.PeriodStarts;
        if (!starts.ContainsKey(MatchPeriod.FirstHalf) && match.Kickoff is { } kickoff)
        {
            starts = starts.Add(MatchPeriod.FirstHalf, kickoff);
        }
        if (!starts.TryGetValue(MatchPeriod.FirstHalf, out var firstHalfStart))
        {
            return null;
        }
        if (placedAt <= firstHalfStart)
        {
            return Score.Nil;
        }
        var (period, firstMinute, length) = Periods.Last(p => starts.TryGetValue(p.Period, out var start) && start <= placedAt);
        var elapsed = (placedAt - starts[period]).TotalMinutes;
        // Past the period's regular length the bet may fall in a later period whose kickoff time is unknown.
        if (period < MatchPeriod.SecondExtraHalf && elapsed > length && LatestPeriodReached(match) > period && !starts.ContainsKey(period + 1))
        {
            return null;
        }
        return match.Goals
            .Where(goal => goal.Period < period ||
                           (goal.Period == period && goal.Time.Minute - firstMinute - 1 + goal.Time.Added < elapsed))
            .Aggregate(Score.Nil, (score, goal) => score.Add(goal.CreditedTo));
    }

    private static MatchPeriod LatestPeriodReached(MatchDetails match) =>
        match.EndedPeriods.Concat(match.PeriodStarts.Keys).Concat(match.ScoreByPeriod.Keys)
            .Append(match.Clock?.Period ?? MatchPeriod.FirstHalf)
            .Max();
}
