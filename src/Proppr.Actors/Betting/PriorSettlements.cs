namespace Proppr.Actors.Betting;

/// <summary>
/// Settlements decided before a bet came to Proppr (the old system's verdicts, imported as history). The status,
/// the stat and the time are the old system's; returns and profit/loss follow from the bet's stake and odds by the
/// rule every settlement uses, so the reports add up whatever the old system wrote.
/// </summary>
public static class PriorSettlements
{
    /// <summary>The statuses a prior settlement may have: final ones.</summary>
    public static bool IsFinal(SettlementStatus status) =>
        status is SettlementStatus.Won or SettlementStatus.Lost or SettlementStatus.Refund or SettlementStatus.HalfWon or SettlementStatus.HalfLost;

    public static Settlement For(Bet bet, SettlementStatus status, decimal? actualValue, string? reason, DateTimeOffset settledAt)
    {
        var (returns, profitLoss) = Payout.For(bet.Stake, bet.Odds, Outcome.Of(status));
        return new Settlement
        {
            BetId = bet.BetId,
            Status = status,
            ActualValue = actualValue,
            Returns = returns,
            ProfitLoss = profitLoss,
            Reason = reason,
            SettledAt = settledAt,
        };
    }
}
