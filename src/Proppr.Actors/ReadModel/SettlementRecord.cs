using Proppr.Actors.Betting;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// One row of the settlement history: a settlement or re-settlement, keyed by its position in the journal
/// (<see cref="Fixtures.JournalPosition"/>, named <c>offset</c> in the API).
/// <see cref="ReplacesOffset"/> names the row it replaced; the JSON carries the replaced decision in <c>resettled_from</c>.
/// </summary>
public sealed record SettlementRecord(
    long Offset,
    string BetId,
    long FixtureId,
    SettlementKind Kind,
    SettlementStatus Status,
    DateTimeOffset SettledAt,
    long? ReplacesOffset,
    string SettlementJson);
