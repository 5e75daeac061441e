using System.Text.Json.Nodes;

namespace Proppr.Node.Demo;

/// <summary>A bet's latest settlement as the node's API gave it: status, returns and profit or loss, and why.</summary>
public sealed record DemoSettlement(string BetId, string Status, decimal Returns, decimal ProfitLoss, string? Reason)
{
    public bool IsDecided => Status != "pending";

    /// <summary>From one entry of <c>/api/settlements</c> (the contract settlement sits under <c>settlement</c>).</summary>
    public static DemoSettlement From(JsonNode entry) => FromContract(entry["settlement"]!);

    /// <summary>From a settlement in the contract's JSON, as <c>/api/fixtures/{id}</c> lists it with each bet.</summary>
    public static DemoSettlement FromContract(JsonNode settlement) => new(
        (string)settlement["bet_id"]!,
        (string)settlement["status"]!,
        (decimal?)settlement["returns"] ?? 0m,
        (decimal?)settlement["profit_loss"] ?? 0m,
        (string?)settlement["reason"]);
}
