using System.Globalization;
using Proppr.Replay.Generation;
using Proppr.Replay.Server;

namespace Proppr.Node.Tests.Odds;

/// <summary>Node settings that point FotMob and the odds feed at a replay server, with quick feed timers.</summary>
internal static class ReplayOddsNode
{
    public static IEnumerable<string> Settings(ReplayServer server) =>
    [
        $"--FotMob:BaseUrl={server.BaseUrl}",
        $"--Odds:ApiKey=node-test",
        $"--Odds:WebSocketUrl={server.OddsWebSocketUrl}",
        $"--Odds:RestBaseUrl={new Uri(server.BaseUrl, "v3/")}",
        "--Odds:Markets:0=ML",
        "--Odds:Markets:1=Totals",
        "--Odds:Markets:2=Spread",
        "--Odds:Reconnect:First=00:00:00.200",
        "--Odds:Reconnect:Maximum=00:00:01",
        "--Odds:PollInterval=00:00:01",
        "--Odds:TakeoverCooldown=00:00:01",
    ];

    /// <summary>A bet with its FotMob fixture id on the match, so the fixture is known to the API.</summary>
    public static string BetOn(SyntheticMatch match, string betId) => new System.Text.Json.Nodes.JsonObject
    {
        ["bet_id"] = betId,
        ["fixture_id"] = match.MatchId,
        ["scope"] = "match",
        ["market"] = "goals",
        ["selection"] = "over",
        ["line"] = 2.5,
        ["odds"] = 1.9,
        ["stake"] = 10,
        ["source"] = "odds-test",
    }.ToJsonString();

    /// <summary>The value of a sample in the Prometheus text, or null when the node does not expose it.</summary>
    public static double? Metric(string metrics, string sample) =>
        metrics.Split('\n').FirstOrDefault(line => line.StartsWith(sample + " ", StringComparison.Ordinal)) is { } line
            ? double.Parse(line[(sample.Length + 1)..], CultureInfo.InvariantCulture)
            : null;
}
