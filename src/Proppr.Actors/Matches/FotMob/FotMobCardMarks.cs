using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// The booking markers of a lineup entry: from 2024 <c>performance.events</c>, a list of <c>{type}</c> with
/// <c>yellowCard</c>, <c>secondYellow</c> and <c>redCard</c>; in 2023 <c>events</c>, a count map with <c>yc</c>,
/// <c>ycrc</c> (second yellow) and <c>rc</c>. A second yellow marks a yellow and a red.
/// </summary>
internal static class FotMobCardMarks
{
    public static CardMarks Read(JsonElement player)
    {
        var types = player.Path("performance", "events").Items().Select(marker => marker.Property("type")?.AsText()).ToHashSet();
        var counts = player.Property("events") is { ValueKind: JsonValueKind.Object } map ? map : (JsonElement?)null;
        bool Has(string type, string countKey) => types.Contains(type) || counts?.Property(countKey)?.AsInt32() > 0;
        var secondYellow = Has("secondYellow", "ycrc");
        return new CardMarks(Yellow: secondYellow || Has("yellowCard", "yc"), Red: secondYellow || Has("redCard", "rc"));
    }
}
