using System.Text.Json.Nodes;

namespace Proppr.Replay.Odds;

/// <summary>A market of one bookmaker for one event (<c>ML</c>, <c>Totals</c>, ...), with when its prices were set.</summary>
public sealed record OddsMarket(string Name, DateTimeOffset UpdatedAt, IReadOnlyList<OddsLine> Lines)
{
    public JsonObject ToJson(int decimals) => new()
    {
        ["name"] = Name,
        ["updatedAt"] = OddsJson.Timestamp(UpdatedAt),
        ["odds"] = new JsonArray([.. Lines.Select(l => l.ToJson(decimals))]),
    };
}
