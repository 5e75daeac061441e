using System.Globalization;
using System.Text.Json.Nodes;

namespace Proppr.Replay.FotMob;

/// <summary>
/// The 2020 shape (<c>3411368</c>), from a 2024/25 document: no <c>general</c> or <c>hasPendingVAR</c>; content only
/// <c>matchFacts, liveticker, stats, lineup, table, h2h</c> (no player stats section, no shot map); teams without ids;
/// <c>startDateStr</c> for <c>utcTime</c> and a <c>reason</c> without keys; events naming people by <c>profileUrl</c> only,
/// no half events; one whole-match team stats table titled, not keyed, without card rows; lineups in rows whose
/// players carry numbered stat groups of title to value.
/// </summary>
internal static class FotMob2020Shape
{
    private static readonly string[] Sections = ["matchFacts", "liveticker", "stats", "lineup", "table", "h2h"];

    /// <summary>The 2020 titles of the stats whose 2024 title differs; card rows did not exist.</summary>
    private static readonly Dictionary<string, string?> Titles = new()
    {
        ["BallPossesion"] = "Ball possesion",
        ["fouls"] = "Fouls",
        ["ShotsOnTarget"] = "Shots on target",
        ["matchstats.headers.tackles"] = "Tackles succeeded",
        ["yellow_cards"] = null,
        ["red_cards"] = null,
    };

    public static void Apply(JsonObject document, DateTimeOffset kickoff)
    {
        document.Remove("general");
        document.Remove("hasPendingVAR");
        var header = document["header"]!.AsObject();
        header.Remove("events");
        foreach (var team in header["teams"]!.AsArray().OfType<JsonObject>())
        {
            team.Remove("id");
        }
        if (header["status"] is JsonObject status)
        {
            foreach (var key in new[] { "utcTime", "halfs", "awarded", "numberOfHomeRedCards", "numberOfAwayRedCards", "whoLostOnAggregated" })
            {
                status.Remove(key);
            }
            status["startDateStr"] = kickoff.UtcDateTime.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
            if (status["reason"] is JsonObject reason)
            {
                reason.Remove("shortKey");
                reason.Remove("longKey");
            }
        }
        var content = document["content"]!.AsObject();
        var playerStats = content["playerStats"] as JsonObject;
        foreach (var name in content.Select(p => p.Key).Except(Sections).ToList())
        {
            content.Remove(name);
        }
        if (content["matchFacts"]?["events"] is JsonObject events)
        {
            Events(events);
        }
        if (content["stats"]?["Periods"]?["All"]?["stats"] is JsonArray groups)
        {
            content["stats"] = new JsonObject { ["stats"] = new JsonArray([.. groups.OfType<JsonObject>().Select(g => (JsonNode)TeamGroup(g))]) };
        }
        if (content["lineup"] is JsonObject lineup)
        {
            content["lineup"] = Lineup(lineup, playerStats);
        }
    }

    /// <summary>People by <c>profileUrl</c> alone; no half events, no shot-map events.</summary>
    private static void Events(JsonObject section)
    {
        var list = section["events"] as JsonArray ?? [];
        foreach (var half in list.OfType<JsonObject>().Where(e => (string?)e["type"] == "Half").ToList())
        {
            list.Remove(half);
        }
        foreach (var e in list.Concat(section["penaltyShootoutEvents"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (e["player"]?["id"] is JsonValue id)
            {
                e["profileUrl"] = $"/players/{id}/{MatchView.Slug((string?)e["player"]?["name"] ?? "")}";
            }
            foreach (var key in new[] { "player", "playerId", "eventId", "shotmapEvent", "firstName", "lastName", "fullName" })
            {
                e.Remove(key);
            }
            foreach (var person in (e["swap"] as JsonArray ?? []).OfType<JsonObject>())
            {
                person.Remove("id");
            }
        }
        section.Remove("eventTypes");
    }

    private static JsonObject TeamGroup(JsonObject group)
    {
        var rows = new JsonArray();
        foreach (var row in (group["stats"] as JsonArray ?? []).OfType<JsonObject>().Where(r => (string?)r["type"] != "title"))
        {
            var key = (string?)row["key"] ?? "";
            if (Titles.TryGetValue(key, out var title) && title is null)
            {
                continue;
            }
            rows.Add(new JsonObject
            {
                ["title"] = title ?? (string?)row["title"],
                ["type"] = "text",
                ["stats"] = new JsonArray([.. (row["stats"] as JsonArray ?? []).Select(v => v is JsonValue n && n.TryGetValue<int>(out var zero) && zero == 0 ? "-" : v?.DeepClone())]),
            });
        }
        return new JsonObject { ["title"] = group["title"]?.DeepClone(), ["stats"] = rows };
    }

    private static JsonObject Lineup(JsonObject lineup, JsonObject? playerStats)
    {
        var teams = new[] { lineup["homeTeam"]!.AsObject(), lineup["awayTeam"]!.AsObject() };
        var converted = teams.Select(team => Team(team, playerStats)).ToList();
        return new JsonObject
        {
            ["lineup"] = new JsonArray([.. converted]),
            ["bench"] = new JsonArray([.. converted.Select(t => t["bench"]!.DeepClone())]),
            ["coaches"] = null,
        };
    }

    private static JsonObject Team(JsonObject team, JsonObject? playerStats)
    {
        var rows = FotMobLineupRows.Of(team);
        return new JsonObject
        {
            ["teamId"] = (long)team["id"]!,
            ["teamName"] = (string?)team["name"],
            ["bench"] = new JsonArray([.. (team["subs"] as JsonArray ?? []).OfType<JsonObject>().Select(p => (JsonNode)Player(p, 0, playerStats))]),
            ["coach"] = team["coach"]?.DeepClone(),
            ["players"] = new JsonArray([.. rows.Select((r, row) => (JsonNode)new JsonArray([.. r.Select(p => (JsonNode)Player(p, row, playerStats))]))]),
            ["lineup"] = string.Join(" - ", FotMobLineupRows.Formation(team)),
        };
    }

    /// <summary>A player with numbered stat groups of title to value; a substitution as <c>events.sub {time, isOut}</c>.</summary>
    private static JsonObject Player(JsonObject player, int row, JsonObject? playerStats)
    {
        var id = (long)player["id"]!;
        var groups = playerStats?[id.ToString(CultureInfo.InvariantCulture)]?["stats"] as JsonArray ?? [];
        var stats = new JsonObject();
        foreach (var (index, group) in groups.OfType<JsonObject>().Index())
        {
            var flat = new JsonObject();
            foreach (var (title, entry) in group["stats"] as JsonObject ?? [])
            {
                var key = (string?)entry?["key"] ?? "";
                if (entry?["stat"]?["value"] is JsonValue value && !(Titles.TryGetValue(key, out var renamed) && renamed is null))
                {
                    flat[key == "ShotsOnTarget" ? "Shot on target" : renamed ?? title] = value.DeepClone();
                }
            }
            stats[index.ToString(CultureInfo.InvariantCulture)] = flat;
        }
        var json = new JsonObject
        {
            ["id"] = id.ToString(CultureInfo.InvariantCulture),
            ["name"] = (string?)player["name"],
            ["shirt"] = int.TryParse((string?)player["shirtNumber"], CultureInfo.InvariantCulture, out var shirt) ? shirt : null,
            ["positionRow"] = row,
            ["rating"] = new JsonObject { ["num"] = player["performance"]?["rating"] is JsonValue r ? ((decimal)r).ToString("0.0", CultureInfo.InvariantCulture) : null },
            ["stats"] = stats,
        };
        if ((player["performance"]?["substitutionEvents"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault() is { } substitution)
        {
            json["events"] = new JsonObject
            {
                ["sub"] = new JsonObject { ["time"] = substitution["time"]?.DeepClone(), ["isOut"] = (string?)substitution["type"] == "subOut" },
            };
        }
        return json;
    }
}
