using System.Text.Json.Nodes;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.ReadModel;

namespace Proppr.Node.Api.Bets;

/// <summary>A bet in a day's list: the read model's row, its contract JSON and its current settlement.</summary>
public record BetSummary
{
    protected BetSummary(BetRecord record)
    {
        BetId = record.BetId;
        FixtureId = record.FixtureId;
        Bet = ContractJson.Stored(record.BetJson);
        Status = WireNames.Statuses.NameOf(record.Status);
        Returns = record.Returns;
        ProfitLoss = record.ProfitLoss;
        Clv = record.Clv;
        PlacedAt = record.PlacedAt;
        SettledAt = record.SettledAt;
        Settlement = ContractJson.Stored(record.SettlementJson);
    }

    public string BetId { get; }
    public long FixtureId { get; }
    public JsonNode? Bet { get; }
    public string Status { get; }
    public decimal Returns { get; }
    public decimal ProfitLoss { get; }
    public decimal? Clv { get; }
    public DateTimeOffset PlacedAt { get; }
    public DateTimeOffset? SettledAt { get; }
    public JsonNode? Settlement { get; }

    public static BetSummary From(BetRecord record) => new(record);
}
