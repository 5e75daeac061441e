namespace Proppr.Actors.Betting;

public enum SettlementStatus
{
    Pending,
    Won,
    Lost,
    Refund,
    HalfWon,
    HalfLost,
    /// <summary>The bet itself is invalid (bad odds, unknown market, ...): never graded.</summary>
    Rejected,
}

public static class SettlementStatusExtensions
{
    /// <summary>A decision has been made (which a later correction may still change).</summary>
    public static bool IsDecided(this SettlementStatus status) => status is not SettlementStatus.Pending;
}
