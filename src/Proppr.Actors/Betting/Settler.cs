using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// Grades a bet against one match-details payload by the rules of <c>spec/settlement-rules.md</c>. Pure and deterministic:
/// the same bet, facts and time give the same settlement, so graders can re-run it on every payload. A live payload
/// decides only what is already certain; everything else is <see cref="SettlementStatus.Pending"/>. Bets already
/// decided stand when a match is abandoned; the rest are refunded (postponed: after the policy's window).
/// </summary>
public sealed class Settler(SettlementPolicy policy)
{
    private readonly RuleBook _rules = new(policy);

    public Settlement Settle(Bet bet, MatchDetails match, DateTimeOffset now)
    {
        if ((BetValidator.Validate(bet) ?? BetValidator.FixtureMismatch(bet, match)) is { } invalid)
        {
            return Settlement.Rejected(bet.BetId, invalid);
        }
        var decision = _rules.For(bet).Decide(bet, match)
                       ?? CalledOffMatch.Decide(bet, match, now, policy.PostponementWindow);
        if (decision is null)
        {
            return Settlement.Pending(bet.BetId);
        }
        var (returns, profitLoss) = Payout.For(bet.Stake, bet.Odds, decision.Outcome);
        return new Settlement
        {
            BetId = bet.BetId,
            Status = decision.Outcome.Status,
            ActualValue = decision.ActualValue,
            Returns = returns,
            ProfitLoss = profitLoss,
            Reason = decision.Reason,
            SettledAt = now,
            FixtureState = match.Status,
        };
    }
}
