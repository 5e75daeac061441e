using Proppr.Actors.Betting;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// One bet as the read model holds it: its fields, its current settlement (pending until the first one), and both as
/// contract JSON (<c>spec/bets.md</c>) for the API to pass on unchanged.
/// </summary>
public sealed record BetRecord
{
    public required string BetId { get; init; }
    public required long FixtureId { get; init; }
    public required BetScope Scope { get; init; }
    public long? PlayerId { get; init; }
    public string? PlayerName { get; init; }
    public required Market Market { get; init; }
    public required BetPeriod Period { get; init; }
    public required Selection Selection { get; init; }
    public Line? Line { get; init; }
    public required decimal Odds { get; init; }
    public required decimal Stake { get; init; }
    public string? Source { get; init; }
    public string? Client { get; init; }

    /// <summary>When the bet was struck, or when it was tracked if it did not say.</summary>
    public required DateTimeOffset PlacedAt { get; init; }

    /// <summary>When its fixture journaled it.</summary>
    public required DateTimeOffset TrackedAt { get; init; }

    public required SettlementStatus Status { get; init; }
    public decimal? ActualValue { get; init; }
    public required decimal Returns { get; init; }
    public required decimal ProfitLoss { get; init; }
    public string? Reason { get; init; }
    public DateTimeOffset? SettledAt { get; init; }

    /// <summary>A stat correction changed its decision at least once.</summary>
    public required bool Resettled { get; init; }

    /// <summary>Closing-line value, once the odds side records the closing price; null until then.</summary>
    public decimal? Clv { get; init; }

    /// <summary>The journal offset of its current settlement (its row in the settlement history).</summary>
    public long? SettlementOffset { get; init; }

    /// <summary>The journal offset of the last event that changed this bet.</summary>
    public required long LastOffset { get; init; }

    public required string BetJson { get; init; }

    /// <summary>The current settlement with its audit fields, null while the bet is pending.</summary>
    public string? SettlementJson { get; init; }
}
