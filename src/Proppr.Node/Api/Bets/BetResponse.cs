using System.Text.Json.Nodes;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.ReadModel;
using Proppr.Node.Api.Settlements;

namespace Proppr.Node.Api.Bets;

/// <summary>
/// A bet as <c>GET /api/bets/{id}</c> gives it: the read model's row (bet, current settlement, money, history) and,
/// while the bet is still open, its fixture's live view, which may be a moment ahead of the read model.
/// </summary>
public sealed record BetResponse(
    string BetId,
    long FixtureId,
    JsonNode? Bet,
    string Status,
    decimal Returns,
    decimal ProfitLoss,
    decimal? Clv,
    bool Resettled,
    DateTimeOffset PlacedAt,
    DateTimeOffset TrackedAt,
    DateTimeOffset? SettledAt,
    JsonNode? Settlement,
    IReadOnlyList<SettlementEntry> History,
    LiveBet? Live)
{
    public static BetResponse From(BetRecord record, IReadOnlyList<SettlementRecord> history, LiveBet? live) => new(
        record.BetId,
        record.FixtureId,
        ContractJson.Stored(record.BetJson),
        WireNames.Statuses.NameOf(record.Status),
        record.Returns,
        record.ProfitLoss,
        record.Clv,
        record.Resettled,
        record.PlacedAt,
        record.TrackedAt,
        record.SettledAt,
        ContractJson.Stored(record.SettlementJson),
        [.. history.Select(SettlementEntry.From)],
        live);
}

/// <summary>What the bet's fixture holds right now: its latest settlement, null until it is first decided.</summary>
public sealed record LiveBet(JsonNode? Settlement);
