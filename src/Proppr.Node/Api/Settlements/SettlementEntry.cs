using System.Text.Json.Nodes;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.ReadModel;

namespace Proppr.Node.Api.Settlements;

/// <summary>One row of the settlement history: the settlement (or re-settlement) and where it sits in the journal.</summary>
public sealed record SettlementEntry(
    long Offset,
    string BetId,
    long FixtureId,
    SettlementKind Kind,
    string Status,
    DateTimeOffset SettledAt,
    long? ReplacesOffset,
    JsonNode? Settlement)
{
    public static SettlementEntry From(SettlementRecord record) => new(
        record.Offset,
        record.BetId,
        record.FixtureId,
        record.Kind,
        WireNames.Statuses.NameOf(record.Status),
        record.SettledAt,
        record.ReplacesOffset,
        ContractJson.Stored(record.SettlementJson));
}
