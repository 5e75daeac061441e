using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>Over/under on a count for both teams together or one team: goals, corners, cards, shots, fouls, offsides.</summary>
internal sealed class TeamCountRule : IMarketRule
{
    public Decision? Decide(Bet bet, MatchDetails match)
    {
        var window = PeriodWindow.For(bet.Period);
        var count = TeamCounter.Count(match, MarketShape.Of(bet.Market).CountedStat!.Value, bet.Scope, window);
        return OverUnder.Decide(bet, count, window.HasEnded(match), match.Status == MatchStatus.Finished);
    }
}
