using System.Text.Json.Nodes;
using Proppr.Replay.Generation;

namespace Proppr.Replay.FotMob;

/// <summary>
/// Reshapes a 2024/25 document into the match's <see cref="FotMobEra"/>, after the quirks are in: the facts are
/// written once, and each era moves, renames or drops what the real payloads of that era do.
/// </summary>
internal static class FotMobEras
{
    public static void Apply(MatchView view, JsonObject document)
    {
        switch (view.Match.Era)
        {
            case FotMobEra.Legacy2020:
                FotMob2020Shape.Apply(document, view.Match.Kickoff);
                break;
            case FotMobEra.Season2023:
                FotMob2023Shape.Apply(document);
                break;
            case FotMobEra.Fetched2026:
                Fetched2026(document);
                break;
        }
    }

    /// <summary>Shots on target an integer in Top stats; lineup keys absent rather than null; <c>momentum</c> false.</summary>
    private static void Fetched2026(JsonObject document)
    {
        var content = document["content"]!.AsObject();
        foreach (var player in (content["playerStats"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>() ?? [])
        {
            var groups = player["stats"]!.AsArray().OfType<JsonObject>().ToList();
            var top = groups.FirstOrDefault(g => (string?)g["key"] == "top_stats")?["stats"] as JsonObject;
            foreach (var group in groups.Select(g => g["stats"]).OfType<JsonObject>().Where(g => g != top))
            {
                if (top is not null && group["Shots on target"] is JsonObject onTarget)
                {
                    group.Remove("Shots on target");
                    onTarget["stat"]!.AsObject().Remove("total");
                    onTarget["stat"]!["type"] = "integer";
                    top["Shots on target"] = onTarget;
                }
            }
        }
        if (content["lineup"] is JsonObject lineup)
        {
            lineup.Remove("source");
            foreach (var team in new[] { lineup["homeTeam"], lineup["awayTeam"] }.OfType<JsonObject>())
            {
                team.Remove("unavailable");
                team.Remove("averageStarterAge");
                team.Remove("totalStarterMarketValue");
            }
        }
        content["momentum"] = false;
        content["weather"] = new JsonObject { ["temperature"] = 14, ["conditionCode"] = 3 };
    }
}
