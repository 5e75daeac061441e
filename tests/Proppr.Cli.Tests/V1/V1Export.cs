using System.Globalization;
using System.Text.Json.Nodes;

namespace Proppr.Cli.Tests.V1;

/// <summary>
/// A <c>mongoexport</c> of the old tracked bets on Liverpool 2-2 Manchester United (4506508), written from the old
/// documents' schema: every combination of Extended JSON form, scope (match, team named either way, player by id or
/// by name), stat (by name or old numeric id), direction field and verdict (open or settled), stake field alternating,
/// then documents that cannot map. <see cref="Mappable"/> and <see cref="Settled"/> say what an import must report.
/// </summary>
internal static class V1Export
{
    private static readonly string[] Verdicts = ["pending", "untrackable", "won", "lost", "refund", "half_win", "half_loss"];

    private static readonly (string Field, JsonNode Value)[] Stats =
        [("stat_type", "goals"), ("type_id", 52), ("stat_type", "Shots On Target"), ("type_id", 42)];

    private static readonly Action<JsonObject>[] Scopes =
    [
        _ => { },
        doc => doc["team"] = "Liverpool",
        doc => doc["team_name"] = "Manchester United",
        doc => { doc["player_id"] = 292462; doc["is_player_alert"] = true; },
        doc => doc["player_name"] = "Mohamed Salah",
    ];

    /// <summary>One line each, and why it cannot map.</summary>
    public static readonly string[] Unmappable =
    [
        """{"_id":{"$oid":"77e000000000000000000001"},"fixture_id":4506508,"stat_type":"possession","market_direction":"over","threshold":50,"odds":1.9,"actual_stake":10}""",
        """{"_id":{"$oid":"77e000000000000000000002"},"stat_type":"goals","market_direction":"over","threshold":2.5,"odds":1.9,"actual_stake":10}""",
        """{"_id":{"$oid":"77e000000000000000000003"},"fixture_id":4506508,"stat_type":"goals","market_direction":"sideways","threshold":2.5,"odds":1.9,"actual_stake":10}""",
        """{"_id":{"$oid":"77e000000000000000000004"},"fixture_id":4506508,"stat_type":"goals","is_player_alert":true,"market_direction":"over","threshold":0.5,"odds":1.9,"actual_stake":10}""",
        """{"_id":{"$oid":"77e00000""",
        """not json at all""",
    ];

    public static int Mappable => 2 * Scopes.Length * Stats.Length * 2 * Verdicts.Length;

    public static int Settled => 2 * Scopes.Length * Stats.Length * 2 * (Verdicts.Length - 2);

    public static IEnumerable<string> Lines()
    {
        var index = 0;
        var variants =
            from canonical in new[] { true, false }
            from scope in Scopes
            from stat in Stats
            from directionField in new[] { "market_direction", "direction" }
            from verdict in Verdicts
            select (canonical, scope, statField: stat.Field, stat: stat.Value, directionField, verdict);
        foreach (var (canonical, scope, statField, stat, directionField, verdict) in variants)
        {
            index++;
            var doc = new JsonObject
            {
                ["_id"] = new JsonObject { ["$oid"] = index.ToString("x24", CultureInfo.InvariantCulture) },
                ["fixture_id"] = canonical ? new JsonObject { ["$numberLong"] = "4506508" } : 4506508,
                ["home_team"] = "Liverpool",
                ["away_team"] = "Manchester United",
                [statField] = stat.DeepClone(),
                [directionField] = index % 2 == 0 ? "over" : "Under",
                ["threshold"] = canonical ? new JsonObject { ["$numberDouble"] = "1.5" } : 1.5,
                ["odds"] = canonical ? new JsonObject { ["$numberDecimal"] = "1.90" } : 1.9,
                [index % 3 == 0 ? "units_staked" : "actual_stake"] = canonical ? new JsonObject { ["$numberInt"] = "10" } : 10,
                ["bot_type"] = "every_variant",
                ["created_at"] = new JsonObject { ["$date"] = canonical ? new JsonObject { ["$numberLong"] = "1745150400000" } : "2025-04-20T12:00:00Z" },
            };
            scope(doc);
            var tracking = new JsonObject { ["result_status"] = verdict };
            if (verdict is not ("pending" or "untrackable"))
            {
                tracking["graded_at"] = new JsonObject { ["$date"] = "2025-04-20T17:00:00Z" };
                doc["status"] = verdict;
            }
            doc["result_tracking"] = tracking;
            yield return doc.ToJsonString();
        }
        foreach (var line in Unmappable)
        {
            yield return line;
        }
    }
}
