using Proppr.Actors.Betting.Contract;

namespace Proppr.Actors.ReadModel;

/// <summary>Which event a settlement-history row comes from.</summary>
public enum SettlementKind
{
    /// <summary><see cref="Fixtures.BetSettled"/>: a decision.</summary>
    Settled,

    /// <summary><see cref="Fixtures.BetResettled"/>: a changed decision after a stat correction.</summary>
    Resettled,
}

/// <summary>The names the settlement-history table stores the kinds by.</summary>
internal static class SettlementKinds
{
    public static readonly WireNameTable<SettlementKind> Names = new(
        (SettlementKind.Settled, "settled"), (SettlementKind.Resettled, "resettled"));
}
