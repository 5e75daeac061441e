using System.Text.Json.Nodes;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.ReadModel;

namespace Proppr.Node.Api.Bets;

/// <summary>A bet in a day's list: the read model's row, its contract JSON and its current settlement.</summary>
public sealed record BetSummary(
    string BetId,
    long FixtureId,
    JsonNode? Bet,
    string Status,
    decimal Returns,
    decimal ProfitLoss,
    decimal? Clv,
    DateTimeOffset PlacedAt,
    DateTimeOffset? SettledAt,
    JsonNode? Settlement)
{
    public static BetSummary From(BetRecord record) => new(
        record.BetId,
        record.FixtureId,
        ContractJson.Stored(record.BetJson),
        WireNames.Statuses.NameOf(record.Status),
        record.Returns,
        record.ProfitLoss,
        record.Clv,
        record.PlacedAt,
        record.SettledAt,
        ContractJson.Stored(record.SettlementJson));
}
