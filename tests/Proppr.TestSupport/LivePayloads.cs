using System.Text.Json.Nodes;

namespace Proppr.TestSupport;

/// <summary>
/// Real FotMob match-details payloads rewound to a moment of play, in their own shape era (bare or in <c>pageProps</c>),
/// so that settlement can be tested on in-play snapshots: events after the moment are removed, the score is recounted,
/// the status is live, and what is only known later is removed (whole-match team stats, periods not yet over, player
/// stats, the goal and card markers of the lineup). Meant for moments in regulation or extra time (up to 120).
/// </summary>
public static class LivePayloads
{
    /// <summary>The match as it looked live with the clock at <paramref name="minute"/> (no added time).</summary>
    public static string TruncateAt(string json, int minute)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minute);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minute, 120);
        return Rewind(json, new Moment(minute, HalfTime: false));
    }

    /// <summary>The match at half time: every first-half event, stoppage time included, and the first-half stats.</summary>
    public static string AtHalfTime(string json) => Rewind(json, new Moment(45, HalfTime: true));

    private static string Rewind(string json, Moment moment)
    {
        var document = JsonNode.Parse(json)?.AsObject() ?? throw new ArgumentException("not a JSON object", nameof(json));
        var root = document["pageProps"] as JsonObject ?? document;
        var events = RewindEvents(root, moment);
        var score = ScoreOf(events);
        RewindHeader(root, moment, score, events);
        if (root["general"] is JsonObject general)
        {
            general["started"] = true;
            general["finished"] = false;
        }
        root["ongoing"] = true;
        if (root["content"] is JsonObject content)
        {
            RewindContent(content, moment);
        }
        return document.ToJsonString();
    }

    /// <summary>Keeps the events up to the moment; a Half marker only once its period is over; never the shoot-out.</summary>
    private static List<JsonObject> RewindEvents(JsonObject root, Moment moment)
    {
        if (root["content"]?["matchFacts"]?["events"] is not JsonObject events)
        {
            return [];
        }
        var kept = Objects(events["events"])
            .Where(e => (string?)e["type"] switch
            {
                "Half" => moment.HasEnded(Int(e["time"]) ?? int.MaxValue),
                "PenaltyShootout" => false,
                _ => moment.Includes(e) && e["isPenaltyShootoutEvent"]?.GetValue<bool>() != true,
            })
            .ToList();
        events["events"] = new JsonArray([.. kept.Select(e => e.DeepClone())]);
        events["penaltyShootoutEvents"] = null;
        events["ongoing"] = true;
        return kept;
    }

    /// <summary>The last goal's <c>newScore</c>, or a count by <c>isHome</c> where a goal has none.</summary>
    private static (int Home, int Away) ScoreOf(IEnumerable<JsonObject> events)
    {
        var score = (Home: 0, Away: 0);
        foreach (var goal in events.Where(e => (string?)e["type"] == "Goal"))
        {
            score = goal["newScore"] is JsonArray { Count: 2 } newScore
                ? (Int(newScore[0]) ?? score.Home, Int(newScore[1]) ?? score.Away)
                : goal["isHome"]?.GetValue<bool>() == true ? (score.Home + 1, score.Away) : (score.Home, score.Away + 1);
        }
        return score;
    }

    private static void RewindHeader(JsonObject root, Moment moment, (int Home, int Away) score, List<JsonObject> events)
    {
        if (root["header"] is not JsonObject header)
        {
            return;
        }
        if (header["teams"] is JsonArray { Count: 2 } teams && teams[0] is JsonObject home && teams[1] is JsonObject away)
        {
            home["score"] = score.Home;
            away["score"] = score.Away;
        }
        if (header["events"] is JsonObject summary)
        {
            foreach (var (_, byPlayer) in summary)
            {
                RewindEventSummary(byPlayer as JsonObject, moment);
            }
        }
        if (header["status"] is JsonObject status)
        {
            RewindStatus(status, moment, score, events);
        }
    }

    /// <summary><c>header.events</c> lists goals and red cards by player name.</summary>
    private static void RewindEventSummary(JsonObject? byPlayer, Moment moment)
    {
        foreach (var name in byPlayer?.Select(entry => entry.Key).ToList() ?? [])
        {
            var kept = Objects(byPlayer![name]).Where(moment.Includes).Select(e => e.DeepClone()).ToArray();
            if (kept.Length == 0)
            {
                byPlayer.Remove(name);
            }
            else
            {
                byPlayer[name] = new JsonArray(kept);
            }
        }
    }

    private static void RewindStatus(JsonObject status, Moment moment, (int Home, int Away) score, List<JsonObject> events)
    {
        status["started"] = true;
        status["finished"] = false;
        status["cancelled"] = false;
        // Live payloads carry liveTime and no reason.
        status.Remove("reason");
        status.Remove("whoLostOnPenalties");
        status["scoreStr"] = $"{score.Home} - {score.Away}";
        status["liveTime"] = moment.HalfTime
            ? new JsonObject { ["short"] = "HT", ["shortKey"] = "halftime_short", ["long"] = "Half-Time", ["longKey"] = "halftime", ["maxTime"] = 45, ["addedTime"] = 0 }
            : new JsonObject { ["short"] = $"{moment.Minute}'", ["shortKey"] = "", ["long"] = $"{moment.Minute}:00", ["longKey"] = "", ["maxTime"] = moment.PeriodEnd, ["addedTime"] = 0 };
        if (status.ContainsKey("numberOfHomeRedCards"))
        {
            var reds = events.Where(e => (string?)e["type"] == "Card" && (string?)e["card"] is "Red" or "YellowRed").ToList();
            status["numberOfHomeRedCards"] = reds.Count(e => e["isHome"]?.GetValue<bool>() == true);
            status["numberOfAwayRedCards"] = reds.Count(e => e["isHome"]?.GetValue<bool>() == false);
        }
        if (status["halfs"] is JsonObject { Count: > 0 } halfs)
        {
            BlankUnless(halfs, "firstHalfEnded", moment.HasEnded(45));
            BlankUnless(halfs, "secondHalfStarted", moment.HasBegunAfter(45));
            BlankUnless(halfs, "secondHalfEnded", moment.HasEnded(90));
            BlankUnless(halfs, "firstExtraHalfStarted", moment.HasBegunAfter(90));
            BlankUnless(halfs, "secondExtraHalfStarted", moment.HasBegunAfter(105));
            BlankUnless(halfs, "gameEnded", false);
        }
    }

    private static void RewindContent(JsonObject content, Moment moment)
    {
        // Per-period team stats are known once their period is over; the whole-match column only at the end.
        if (content["stats"]?["Periods"] is JsonObject periods)
        {
            foreach (var name in periods.Select(period => period.Key).ToList())
            {
                if (!moment.HasEnded(PeriodEndMinute(name)))
                {
                    periods.Remove(name);
                }
            }
        }
        else if (content.ContainsKey("stats"))
        {
            content["stats"] = null;
        }
        if (content.ContainsKey("playerStats"))
        {
            content["playerStats"] = null;
        }
        if (content["shotmap"] is JsonObject shotmap)
        {
            RewindShots(shotmap, "shots", moment);
            if (shotmap["Periods"] is JsonObject shotPeriods)
            {
                foreach (var name in shotPeriods.Select(period => period.Key).ToList())
                {
                    RewindShots(shotPeriods, name, moment);
                }
            }
        }
        if (content["lineup"] is JsonObject lineup)
        {
            RewindLineup(lineup, moment);
        }
    }

    private static int PeriodEndMinute(string period) => period switch
    {
        "FirstHalf" => 45,
        "SecondHalf" => 90,
        "FirstExtraHalf" => 105,
        "SecondExtraHalf" => 120,
        _ => int.MaxValue,
    };

    private static void RewindShots(JsonObject owner, string name, Moment moment) =>
        owner[name] = new JsonArray([.. Objects(owner[name])
            .Where(shot => (string?)shot["period"] != "PenaltyShootout" && moment.Includes(Int(shot["min"]) ?? int.MaxValue, Int(shot["minAdded"]) ?? 0))
            .Select(shot => shot.DeepClone())]);

    /// <summary>
    /// Every player object of every era's lineup: substitutions after the moment are undone, and stats, minutes and the
    /// goal/card markers (which carry no minute) are removed.
    /// </summary>
    private static void RewindLineup(JsonNode? node, Moment moment)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    RewindLineup(item, moment);
                }
                break;
            case JsonObject player:
                RewindPlayer(player, moment);
                foreach (var (_, child) in player.ToList())
                {
                    RewindLineup(child, moment);
                }
                break;
        }
    }

    private static void RewindPlayer(JsonObject player, Moment moment)
    {
        player.Remove("stats");
        player.Remove("minutesPlayed");
        foreach (var field in new[] { "timeSubbedOn", "timeSubbedOff" })
        {
            if (Int(player[field]) is { } minute && !moment.Includes(minute, 0))
            {
                player[field] = null;
            }
        }
        if (player["events"] is JsonObject markers)
        {
            // 2020 {sub:{time,isOut}} and 2023 {sub:{subbedIn|subbedOut}} keep their substitution if it has happened.
            var sub = markers["sub"] as JsonObject;
            var subMinute = Int(sub?["time"]) ?? Int(sub?["subbedIn"]) ?? Int(sub?["subbedOut"]);
            player["events"] = sub is not null && subMinute is { } at && moment.Includes(at, 0)
                ? new JsonObject { ["sub"] = sub.DeepClone() }
                : new JsonObject();
        }
        if (player["performance"] is JsonObject performance)
        {
            performance.Remove("events");
            if (performance["substitutionEvents"] is JsonArray substitutions)
            {
                performance["substitutionEvents"] = new JsonArray([.. Objects(substitutions)
                    .Where(substitution => moment.Includes(Int(substitution["time"]) ?? int.MaxValue, 0))
                    .Select(substitution => substitution.DeepClone())]);
            }
        }
    }

    private static void BlankUnless(JsonObject halfs, string field, bool happened)
    {
        if (!happened && halfs.ContainsKey(field))
        {
            halfs[field] = "";
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? array) => (array as JsonArray)?.OfType<JsonObject>() ?? [];

    private static int? Int(JsonNode? node) => node is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    /// <summary>The moment to rewind to: a live minute, or half time (after every first-half event, stoppage time included).</summary>
    private sealed record Moment(int Minute, bool HalfTime)
    {
        /// <summary>FotMob's <c>maxTime</c>: the regular end of the period the clock is in.</summary>
        public int PeriodEnd => Minute switch { <= 45 => 45, <= 90 => 90, <= 105 => 105, _ => 120 };

        public bool Includes(JsonObject e) => Includes(Int(e["time"]) ?? int.MaxValue, Int(e["overloadTime"]) ?? 0);

        public bool Includes(int minute, int added) =>
            HalfTime ? minute <= 45 : minute < Minute || (minute == Minute && added == 0);

        /// <summary>The period that runs to <paramref name="endMinute"/> is over.</summary>
        public bool HasEnded(int endMinute) => HalfTime ? endMinute <= 45 : Minute > endMinute;

        /// <summary>The period that starts after <paramref name="minute"/> is under way (never at half time).</summary>
        public bool HasBegunAfter(int minute) => !HalfTime && Minute > minute;
    }
}
