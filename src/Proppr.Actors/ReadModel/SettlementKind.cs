using Proppr.Actors.Betting.Contract;

namespace Proppr.Actors.ReadModel;

/// <summary>Which event a settlement-history row comes from.</summary>
public enum SettlementKind
{
    /// <summary>A bet's first decision (<see cref="Fixtures.SettlementChange"/>).</summary>
    Settled,

    /// <summary>A changed decision after a stat correction (<see cref="Fixtures.SettlementChange.Resettled"/>).</summary>
    Resettled,
}

/// <summary>The names the settlement-history table stores the kinds by.</summary>
internal static class SettlementKinds
{
    public static readonly WireNameTable<SettlementKind> Names = new(
        (SettlementKind.Settled, "settled"), (SettlementKind.Resettled, "resettled"));
}
