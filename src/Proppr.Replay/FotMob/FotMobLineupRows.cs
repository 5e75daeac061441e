using System.Globalization;
using System.Text.Json.Nodes;

namespace Proppr.Replay.FotMob;

/// <summary>
/// The older lineups' starters in rows, from a 2024/25 team: the keeper, then the formation's lines (<c>"4-3-3"</c>
/// gives rows of 1, 4, 3 and 3).
/// </summary>
internal static class FotMobLineupRows
{
    public static IReadOnlyList<int> Formation(JsonObject team) =>
        [.. ((string?)team["formation"] ?? "").Split('-').Select(n => int.TryParse(n, CultureInfo.InvariantCulture, out var count) ? count : 0).Where(n => n > 0)];

    public static IReadOnlyList<IReadOnlyList<JsonObject>> Of(JsonObject team)
    {
        var starters = (team["starters"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var rows = new List<IReadOnlyList<JsonObject>> { starters.Take(1).ToList() };
        var taken = 1;
        foreach (var count in Formation(team))
        {
            rows.Add(starters.Skip(taken).Take(count).ToList());
            taken += count;
        }
        rows.Add(starters.Skip(taken).ToList());
        return [.. rows.Where(r => r.Count > 0)];
    }
}
