using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;

namespace Proppr.Node.Api;

/// <summary>
/// Bets and settlements go out in the contract's shape (<c>spec/bets.md</c>), written by the contract's own writers;
/// everything around them is snake_case.
/// </summary>
public static class ContractJson
{
    /// <summary>The API's JSON shape, for what is written outside a response (the stream's events).</summary>
    public static readonly JsonSerializerOptions Options = Create();

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions();
        Configure(options);
        return options;
    }

    public static JsonNode Bet(Bet bet) => JsonNode.Parse(BetWriter.ToJsonLine(bet))!;

    /// <summary>A settlement with its audit fields (when, in which match state, what it replaced).</summary>
    public static JsonNode Settlement(Settlement settlement) => JsonNode.Parse(SettlementWriter.ToJsonLine(settlement, withAudit: true))!;

    /// <summary>Contract JSON the read model stored as text.</summary>
    public static JsonNode? Stored(string? json) => json is null ? null : JsonNode.Parse(json);
}
