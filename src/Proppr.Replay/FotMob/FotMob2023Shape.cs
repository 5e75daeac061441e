using System.Globalization;
using System.Text.Json.Nodes;

namespace Proppr.Replay.FotMob;

/// <summary>
/// The 2023 shape, from a 2024/25 document: no <c>content.playerStats</c> (each lineup player carries his stats, values
/// flat and fractions as <c>"69/88 (78%)"</c>, shots on target only as <c>shot_accuracy</c>), <c>lineup.lineup[home,
/// away]</c> with starters in formation rows and substitutes in <c>bench</c>, count-map events (<c>g</c>, <c>as</c>,
/// <c>yc</c>, <c>rc</c>, <c>sub</c>), <c>playoff</c>, and no <c>halfs</c>, <c>awarded</c>, red-card counts or half-event scores.
/// </summary>
internal static class FotMob2023Shape
{
    private static readonly Dictionary<string, string> CountKeys = new()
    {
        ["goal"] = "g",
        ["assist"] = "as",
        ["yellowCard"] = "yc",
        ["redCard"] = "rc",
    };

    public static void Apply(JsonObject document)
    {
        var content = document["content"]!.AsObject();
        var playerStats = content["playerStats"] as JsonObject;
        content.Remove("playerStats");
        content.Remove("hasPlayoff");
        content["playoff"] = false;
        if (content["lineup"] is JsonObject lineup)
        {
            content["lineup"] = Lineup(lineup, playerStats);
        }
        if (document["header"]?["status"] is JsonObject status)
        {
            foreach (var key in new[] { "halfs", "awarded", "numberOfHomeRedCards", "numberOfAwayRedCards" })
            {
                status.Remove(key);
            }
        }
        foreach (var half in (content["matchFacts"]?["events"]?["events"] as JsonArray ?? []).OfType<JsonObject>().Where(e => (string?)e["type"] == "Half"))
        {
            half.Remove("homeScore");
            half.Remove("awayScore");
        }
    }

    private static JsonObject Lineup(JsonObject lineup, JsonObject? playerStats)
    {
        var teams = new[] { lineup["homeTeam"]!.AsObject(), lineup["awayTeam"]!.AsObject() };
        var converted = teams.Select(team => Team(team, playerStats)).ToList();
        return new JsonObject
        {
            ["lineup"] = new JsonArray([.. converted]),
            ["bench"] = new JsonObject
            {
                ["sides"] = new JsonArray("home", "away"),
                ["benchArr"] = new JsonArray([.. converted.Select(t => t["bench"]!.DeepClone())]),
            },
            ["naPlayers"] = new JsonObject
            {
                ["sides"] = new JsonArray("home", "away"),
                ["naPlayersArr"] = new JsonArray([.. teams.Select(t => new JsonArray([.. (t["unavailable"] as JsonArray ?? []).OfType<JsonObject>()
                    .Select(p => (JsonNode)new JsonObject { ["id"] = (long)p["id"]!, ["name"] = Name(p) })]))]),
            },
            ["coaches"] = null,
            ["usingEnetpulseLineup"] = true,
            ["usingOptaLineup"] = false,
        };
    }

    private static JsonObject Team(JsonObject team, JsonObject? playerStats) => new()
    {
        ["teamId"] = (long)team["id"]!,
        ["teamName"] = (string?)team["name"],
        ["bench"] = new JsonArray([.. (team["subs"] as JsonArray ?? []).OfType<JsonObject>().Select(p => (JsonNode)Player(p, playerStats))]),
        ["coach"] = team["coach"]?.DeepClone(),
        ["players"] = new JsonArray([.. FotMobLineupRows.Of(team).Select(r => (JsonNode)new JsonArray([.. r.Select(p => (JsonNode)Player(p, playerStats))]))]),
        ["lineup"] = string.Join(" - ", FotMobLineupRows.Formation(team)),
        ["nonAvailablePlayers"] = null,
        ["optaLineup"] = null,
    };

    private static JsonObject Player(JsonObject player, JsonObject? playerStats)
    {
        var id = (long)player["id"]!;
        var performance = player["performance"] as JsonObject;
        var substitutions = (performance?["substitutionEvents"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        int? Minute(string type) => substitutions.Where(s => (string?)s["type"] == type).Select(s => (int?)s["time"]).FirstOrDefault();
        var (on, off) = (Minute("subIn"), Minute("subOut"));
        var events = new JsonObject();
        foreach (var marker in (performance?["events"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (CountKeys.TryGetValue((string?)marker["type"] ?? "", out var key))
            {
                events[key] = ((int?)events[key] ?? 0) + 1;
            }
        }
        if ((on ?? off) is { } minute)
        {
            events["sub"] = on is not null ? new JsonObject { ["subbedIn"] = minute } : new JsonObject { ["subbedOut"] = minute };
        }
        var stats = playerStats?[id.ToString(CultureInfo.InvariantCulture)]?["stats"] as JsonArray ?? [];
        return new JsonObject
        {
            ["id"] = id.ToString(CultureInfo.InvariantCulture),
            ["name"] = Name(player),
            ["shirt"] = int.TryParse((string?)player["shirtNumber"], CultureInfo.InvariantCulture, out var shirt) ? shirt : null,
            ["usualPosition"] = player["usualPlayingPositionId"]?.DeepClone(),
            ["isCaptain"] = (bool?)player["isCaptain"] ?? false,
            ["timeSubbedOn"] = on,
            ["timeSubbedOff"] = off,
            ["minutesPlayed"] = MinutesPlayed(stats),
            ["events"] = events,
            ["rating"] = performance?["rating"] is JsonValue rating
                ? new JsonObject { ["num"] = ((decimal)rating).ToString("0.0", CultureInfo.InvariantCulture) }
                : null,
            ["stats"] = new JsonArray([.. stats.OfType<JsonObject>().Select(g => (JsonNode)Group(g))]),
            ["isGoalkeeper"] = (int?)player["usualPlayingPositionId"] == 0,
        };
    }

    private static JsonObject Name(JsonObject player) => new()
    {
        ["firstName"] = (string?)player["firstName"],
        ["lastName"] = (string?)player["lastName"],
        ["fullName"] = (string?)player["name"],
    };

    private static int MinutesPlayed(JsonArray groups) =>
        groups.OfType<JsonObject>().Select(g => (int?)g["stats"]?["Minutes played"]?["stat"]?["value"]).FirstOrDefault(m => m is not null) ?? 0;

    /// <summary>A stats group with flat values; shots on target become the 2023 "Shot accuracy".</summary>
    private static JsonObject Group(JsonObject group)
    {
        var stats = new JsonObject();
        foreach (var (title, entry) in group["stats"] as JsonObject ?? [])
        {
            var stat = entry?["stat"] as JsonObject;
            var (name, key) = (string?)entry?["key"] == "ShotsOnTarget" ? ("Shot accuracy", "shot_accuracy") : (title, (string?)entry?["key"]);
            var flat = new JsonObject { ["key"] = key };
            if (stat?["value"] is JsonValue value)
            {
                flat["value"] = stat["total"] is JsonValue total
                    ? Fraction((int)value, (int)total)
                    : (string?)stat["type"] == "double" ? ((decimal)value).ToString("0.00", CultureInfo.InvariantCulture) : value.DeepClone();
            }
            stats[name] = flat;
        }
        return new JsonObject { ["title"] = group["title"]?.DeepClone(), ["key"] = group["key"]?.DeepClone(), ["stats"] = stats };
    }

    private static string Fraction(int value, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{value}/{total} ({(total == 0 ? 0 : (int)Math.Round(100m * value / total))}%)");
}
