using System.CommandLine;
using System.Text.Json.Nodes;

namespace Proppr.Cli;

/// <summary>
/// <c>proppr cluster show|shards|fixture ID|bet ID|limiter|leave ADDRESS|down ADDRESS</c>: inspect and operate a
/// cluster through a node's management API.
/// </summary>
public static class ClusterCommand
{
    public static Command Create(NodeConnection node)
    {
        var fixtureId = new Argument<long>("id") { Description = "FotMob fixture (match) id" };
        var betId = new Argument<string>("id") { Description = "bet id" };
        var leaveAddress = new Argument<string>("address") { Description = "member address, akka.tcp://proppr@host:port" };
        var downAddress = new Argument<string>("address") { Description = "member address, akka.tcp://proppr@host:port" };
        return new Command("cluster", "inspect and operate the cluster through a node")
        {
            NodeCommand.Create(node, "show", "members and their status",
                (api, _, ct) => api.GetAsync("api/manage/cluster", ct), ClusterViews.Members),
            NodeCommand.Create(node, "shards", "how fixture shards are spread over the nodes",
                (api, _, ct) => api.GetAsync("api/manage/shards", ct), ClusterViews.Shards),
            NodeCommand.Create(node, "fixture", "one fixture: state, score, open and settled bets",
                (api, parse, ct) => api.GetAsync($"api/fixtures/{parse.GetValue(fixtureId)}", ct), ClusterViews.Fixture, fixtureId),
            NodeCommand.Create(node, "bet", "one bet: its settlement and history",
                (api, parse, ct) => api.GetAsync($"api/bets/{Uri.EscapeDataString(parse.GetValue(betId)!)}", ct), ClusterViews.Bet, betId),
            NodeCommand.Create(node, "limiter", "the rate limiter's state per external API",
                (api, _, ct) => api.GetAsync("api/manage/limiter", ct), ClusterViews.Limiter),
            NodeCommand.Create(node, "leave", "make a member leave gracefully (its shards and singletons hand over)",
                (api, parse, ct) => PostAddress(api, "api/manage/leave", parse.GetValue(leaveAddress)!, ct), ClusterViews.Result, leaveAddress),
            NodeCommand.Create(node, "down", "mark an unreachable member down",
                (api, parse, ct) => PostAddress(api, "api/manage/down", parse.GetValue(downAddress)!, ct), ClusterViews.Result, downAddress),
        };
    }

    private static Task<JsonNode> PostAddress(NodeApiClient api, string path, string address, CancellationToken cancellationToken) =>
        api.PostAsync(path, new JsonObject { ["address"] = address }.ToJsonString(), "application/json", cancellationToken);
}
