using System.Text.Json.Nodes;

namespace Proppr.Replay.Odds;

/// <summary>What one bookmaker offers on one event at an instant: the unit of the WebSocket feed (event × bookmaker).</summary>
public sealed record BookQuote(long EventId, Bookmaker Bookmaker, OddsAvailability Availability, IReadOnlyList<OddsMarket> Markets)
{
    public JsonArray MarketsJson(IReadOnlySet<string>? only = null) =>
        [.. Markets.Where(m => only is null || only.Contains(m.Name)).Select(m => m.ToJson(Bookmaker.Decimals))];

    /// <summary>The prices alone, without timestamps: two quotes with the same key need no update frame.</summary>
    public string PriceKey(IReadOnlySet<string>? only)
    {
        var markets = MarketsJson(only);
        foreach (var market in markets.OfType<JsonObject>())
        {
            market.Remove("updatedAt");
        }
        return $"{Availability}:{markets.ToJsonString()}";
    }
}
