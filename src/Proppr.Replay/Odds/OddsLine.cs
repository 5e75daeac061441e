using System.Globalization;
using System.Text.Json.Nodes;

namespace Proppr.Replay.Odds;

/// <summary>
/// One line of a market as Odds-API.io sends it: the player prop's <c>label</c> (<c>"Player Name (Stat)"</c>), the
/// handicap (<c>hdp</c>, a number) where the market has one, and decimal prices as strings (<c>"1.85"</c>) under
/// <c>home</c>/<c>draw</c>/<c>away</c> or <c>over</c>/<c>under</c>.
/// </summary>
public sealed record OddsLine(decimal? Hdp, IReadOnlyList<(string Selection, decimal Price)> Prices, int Max, string? Label = null)
{
    public JsonObject ToJson(int decimals)
    {
        var json = new JsonObject();
        if (Label is { } label)
        {
            json["label"] = label;
        }
        if (Hdp is { } hdp)
        {
            json["hdp"] = hdp;
        }
        foreach (var (selection, price) in Prices)
        {
            json[selection] = price.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }
        json["max"] = Max;
        return json;
    }
}
