using System.Globalization;
using System.Text.Json.Nodes;

namespace Proppr.Cli;

/// <summary>How the management API's answers read in a terminal.</summary>
public static class ClusterViews
{
    public static void Members(JsonNode cluster, TextWriter output)
    {
        var leader = (string?)cluster["leader"];
        new TextTable("ADDRESS", "STATUS", "ROLES", "REACHABLE", "LEADER")
            .AddEach(Items(cluster["members"]), member =>
            [
                member["address"], member["status"], string.Join(",", Items(member["roles"]).Select(r => (string)r!)),
                (bool)member["reachable"]! ? "yes" : "NO", (string?)member["address"] == leader ? "*" : "",
            ])
            .WriteTo(output);
    }

    public static void Shards(JsonNode shards, TextWriter output)
    {
        new TextTable("NODE", "SHARDS", "FIXTURES")
            .AddEach(Items(shards["nodes"]), node => [node["address"], node["shards"], node["fixtures"]])
            .WriteTo(output);
    }

    public static void Fixture(JsonNode fixture, TextWriter output)
    {
        var score = fixture["score"]!;
        output.WriteLine($"fixture {fixture["fixture_id"]}: {fixture["home"] ?? "?"} {score["home"]}-{score["away"]} {fixture["away"] ?? "?"}, " +
                         $"{fixture["status"] ?? "unknown"}{(fixture["clock"] is { } clock ? " " + clock : "")}");
        var table = new TextTable("BET", "MARKET", "SELECTION", "LINE", "ODDS", "STAKE", "STATUS", "RETURNS");
        foreach (var bet in Items(fixture["open_bets"]).Concat(Items(fixture["settled_bets"])))
        {
            var b = bet["bet"]!;
            var settlement = bet["settlement"];
            table.Add(b["bet_id"], b["market"], b["selection"], b["line"], b["odds"], b["stake"], settlement?["status"] ?? "pending", settlement?["returns"]);
        }
        table.WriteTo(output);
    }

    public static void Bet(JsonNode bet, TextWriter output)
    {
        var b = bet["bet"]!;
        output.WriteLine($"bet {bet["bet_id"]} on fixture {bet["fixture_id"]}: {b["scope"]} {b["market"]} {b["selection"]}" +
                         $"{(b["line"] is { } line ? " " + line : "")} @ {b["odds"]}, stake {b["stake"]}");
        output.WriteLine($"status {bet["status"]}, returns {bet["returns"]}, profit/loss {bet["profit_loss"]}" +
                         $"{(bet["settlement"]?["reason"] is { } reason ? ", reason " + reason : "")}{((bool)bet["resettled"]! ? ", re-settled" : "")}");
        new TextTable("OFFSET", "KIND", "STATUS", "SETTLED AT")
            .AddEach(Items(bet["history"]), entry => [entry["offset"], entry["kind"], entry["status"], Time(entry["settled_at"])])
            .WriteTo(output);
    }

    public static void Limiter(JsonNode limiter, TextWriter output)
    {
        new TextTable("API", "USED", "LIMIT", "WINDOW", "THROTTLED", "BLOCKED UNTIL")
            .AddEach(Items(limiter["apis"]), api =>
            [
                api["api"], api["used"], api["limit"], TimeSpan.FromSeconds((double)api["window_seconds"]!).ToString("c", CultureInfo.InvariantCulture),
                (bool)api["throttled"]! ? "yes" : "no", Time(api["blocked_until"]),
            ])
            .WriteTo(output);
        output.WriteLine($"permits granted {limiter["permits_granted"]}, denied {limiter["permits_denied"]}");
    }

    public static void Result(JsonNode answer, TextWriter output) => output.WriteLine((string?)answer["result"] ?? answer.ToJsonString());

    private static IEnumerable<JsonNode> Items(JsonNode? array) => array?.AsArray().OfType<JsonNode>() ?? [];

    private static string? Time(JsonNode? value) =>
        value is null ? null : DateTimeOffset.Parse((string)value!, CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
