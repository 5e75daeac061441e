using Proppr.Actors.Betting;

namespace Proppr.Actors.Tests.Betting;

internal static class SettlementAssertions
{
    /// <summary>The contract fields of a decided settlement, all at once, so a test states the whole expected result.</summary>
    public static void ShouldBe(this Settlement settlement, SettlementStatus status, decimal? actualValue, decimal returns,
        decimal profitLoss, string? reason = null) =>
        settlement.Should().BeEquivalentTo(new
        {
            Status = status,
            ActualValue = actualValue,
            Returns = returns,
            ProfitLoss = profitLoss,
            Reason = reason,
        });

    public static void ShouldBePending(this Settlement settlement) =>
        settlement.Should().BeEquivalentTo(Settlement.Pending(settlement.BetId));

    public static void ShouldBeRefund(this Settlement settlement, string reason) =>
        settlement.ShouldBe(SettlementStatus.Refund, null, 10m, 0m, reason);
}
