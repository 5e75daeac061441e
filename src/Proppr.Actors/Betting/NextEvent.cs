using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// Whether the next event of a match in play could decide an open bet: an OVER one short of passing its line, an
/// UNDER at its line (one more and it is lost), a goalscorer bet (the next goal may be his), both teams to score with
/// one side still on nil. Results, handicaps and UNDERs below their line wait for their period's end, so no single
/// event decides them until that whistle is near. What a fixture spends FotMob's budget on (<see cref="Fixtures.PollSchedule"/>).
/// </summary>
public static class NextEvent
{
    /// <summary>Minutes before its period's end from which the whistle is the next event that could decide any bet on it.</summary>
    private const int WhistleNear = 5;

    /// <summary>Whether the next event, the whistle included, could decide the bet: what the fixture's schedule asks.</summary>
    /// <param name="unseen">
    /// Events the odds told of that may count for the bet and the match data does not show yet: the next event is the
    /// one after them.
    /// </param>
    public static bool CouldDecide(Bet bet, MatchDetails match, SettlementPolicy policy, int unseen = 0) =>
        AnEventCouldDecide(bet, match, policy, unseen) || WhistleIsNear(bet, match);

    /// <summary>
    /// Whether one more event that counts for the bet (a goal, card, corner, shot or foul: what the odds tell of) could
    /// decide it, the whistle aside: what an event the odds told of is worth a poll for.
    /// </summary>
    public static bool AnEventCouldDecide(Bet bet, MatchDetails match, SettlementPolicy policy, int unseen = 0)
    {
        if (!match.Status.IsInPlay())
        {
            return false;
        }
        switch (bet.Market)
        {
            case Market.AnytimeGoalscorer or Market.FirstGoalscorer:
                return true;
            case Market.BothTeamsToScore:
                // Open while a side is on nil; decidable once the other has scored, or may have (an unseen goal).
                return (match.Score.Home == 0 || match.Score.Away == 0) && (unseen > 0 || (match.Score.Home == 0) != (match.Score.Away == 0));
        }
        var window = PeriodWindow.For(bet.Period);
        if (MarketShape.Of(bet.Market).CountedStat is not { } stat || bet.Line is null || window.HasEnded(match))
        {
            return false;
        }
        var count = bet.Scope == BetScope.Player ? PlayerCount(bet, match, stat, window, policy) : TeamCounter.Count(match, stat, bet.Scope, window);
        // One more than the count so far, judged as the rules judge a count: decided now, or still open.
        return count?.Exact is { } soFar &&
               OverUnder.Decide(bet, StatCount.Known(soFar + unseen + 1), countIsFinal: false, matchFinished: false) is not null;
    }

    /// <summary>The last minutes of the bet's period, for the markets a count decides (goalscorers and both teams to score never wait for them).</summary>
    private static bool WhistleIsNear(Bet bet, MatchDetails match)
    {
        if (!match.Status.IsInPlay() || bet.Market is Market.AnytimeGoalscorer or Market.FirstGoalscorer or Market.BothTeamsToScore)
        {
            return false;
        }
        var window = PeriodWindow.For(bet.Period);
        return !window.HasEnded(match) && match.Clock is { } clock && clock.Minute >= window.End.Minute - 1 - WhistleNear;
    }

    /// <summary>The player's count, when he is found and his bet stands by the lineup rule.</summary>
    private static StatCount? PlayerCount(Bet bet, MatchDetails match, Stat stat, PeriodWindow window, SettlementPolicy policy)
    {
        var player = PlayerFinder.Find(match.Lineup, bet);
        if (player is null || !LineupRule.Judge(player, bet.VoidRule ?? policy.DefaultVoidRule, window, match).Stands)
        {
            return null;
        }
        return PlayerCounter.Count(match, player, stat, window, TimeOnPitch.Of(player, match));
    }
}
