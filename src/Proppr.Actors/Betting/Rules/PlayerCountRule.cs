using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// Over/under on one player's count. The lineup rule goes first (the bet's <c>void_rule</c>, else the policy's);
/// a standing bet is then decided on his count. With the policy on, an UNDER is final once he has left the pitch.
/// </summary>
internal sealed class PlayerCountRule(SettlementPolicy policy) : IMarketRule
{
    public Decision? Decide(Bet bet, MatchDetails match)
    {
        var window = PeriodWindow.For(bet.Period);
        var player = PlayerFinder.Find(match.Lineup, bet);
        var participation = LineupRule.Judge(player, bet.VoidRule ?? policy.DefaultVoidRule, window, match);
        if (!participation.Stands)
        {
            return participation.AsDecision;
        }
        var pitch = TimeOnPitch.Of(player!, match);
        var count = PlayerCounter.Count(match, player!, MarketShape.Of(bet.Market).CountedStat!.Value, window, pitch);
        var countIsFinal = window.HasEnded(match) ||
                           (policy.SettlePlayerUnderWhenPlayerLeaves && bet.Selection == Selection.Under && pitch.HasLeft);
        return OverUnder.Decide(bet, count, countIsFinal, match.Status == MatchStatus.Finished);
    }
}
