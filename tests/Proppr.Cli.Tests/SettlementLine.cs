using System.Text.Json;

namespace Proppr.Cli.Tests;

/// <summary>One output line of <c>proppr grade</c>, read back by its contract fields (<c>spec/bets.md</c>, Settlement).</summary>
internal sealed record SettlementLine(string? BetId, string Status, decimal? ActualValue, decimal Returns, decimal ProfitLoss, string? Reason)
{
    private static readonly string[] ContractFields = ["bet_id", "status", "actual_value", "returns", "profit_loss", "reason"];

    /// <summary>Reads a line that must be one JSON object with exactly the contract's fields.</summary>
    public static SettlementLine Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        root.EnumerateObject().Select(field => field.Name).Should().Equal(ContractFields, $"that is the settlement contract: {line}");
        return new SettlementLine(
            Text(root.GetProperty("bet_id")),
            root.GetProperty("status").GetString()!,
            Number(root.GetProperty("actual_value")),
            root.GetProperty("returns").GetDecimal(),
            root.GetProperty("profit_loss").GetDecimal(),
            Text(root.GetProperty("reason")));
    }

    public static SettlementLine Rejected(string? betId, string reason) => new(betId, "rejected", null, 0m, 0m, reason);

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetString();

    private static decimal? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
}
