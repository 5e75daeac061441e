using System.Collections.Immutable;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Reads one player's stats in any era: groups whose <c>stats</c> map titles to <c>{key, stat:{value, total}}</c>
/// (2024 on, <c>content.playerStats</c>) or to <c>{key, value}</c> (2023, inside the lineup), or the 2020 map of numbered
/// groups from title to value. Stats are found by key across groups (<see cref="FotMobStatPicks{T}"/>); a stat without a
/// value is left out.
/// </summary>
internal static class FotMobPlayerStatsReader
{
    public static ImmutableDictionary<Stat, decimal> Read(JsonElement? stats)
    {
        var found = new FotMobStatPicks<decimal>();
        foreach (var (name, value) in Entries(stats))
        {
            found.Offer(name, () => FotMobNumbers.Read(value));
        }
        return found.ToImmutable();
    }

    private static IEnumerable<(string? Name, JsonElement? Value)> Entries(JsonElement? stats) => stats switch
    {
        { ValueKind: JsonValueKind.Array } groups => groups.EnumerateArray()
            .SelectMany(group => Properties(group.Property("stats")))
            .Select(entry => (entry.Value.Property("key")?.AsText(), entry.Value.Path("stat", "value") ?? entry.Value.Property("value"))),
        { ValueKind: JsonValueKind.Object } numberedGroups2020 => numberedGroups2020.EnumerateObject()
            .SelectMany(group => Properties(group.Value))
            .Select(entry => ((string?)entry.Name, (JsonElement?)entry.Value)),
        _ => [],
    };

    private static IEnumerable<JsonProperty> Properties(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } map ? map.EnumerateObject() : [];
}
