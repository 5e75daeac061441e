using System.Text.Json.Nodes;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Api;

/// <summary>The operator's endpoints on a running node: cluster, shards, limiter, unresolved fixtures, leave and down.</summary>
public sealed class ManagementTests
{
    [Fact]
    public async Task Cluster_shards_and_limiter_describe_the_running_node()
    {
        await using var node = await NodeUnderTest.StartAsync();
        using var http = node.Client(NodeUnderTest.Token);
        await http.PostAsync("api/bets", MatchBets.OverGoals("manage-1").ToJsonString());

        var cluster = await http.GetOkAsync("api/manage/cluster");
        var self = (string)cluster["self"]!;
        cluster["members"]!.AsArray().Select(m => ((string)m!["address"]!, (string)m["status"]!, (bool)m["reachable"]!))
            .Should().Equal((self, "up", true));
        cluster["members"]![0]!["roles"]!.AsArray().Select(r => (string)r!).Should().Equal("proppr");
        ((string)cluster["leader"]!).Should().Be(self);

        var shards = await http.GetOkAsync("api/manage/shards");
        var nodes = shards["nodes"]!.AsArray();
        nodes.Select(n => ((string)n!["address"]!, (int)n["shards"]!, (int)n["fixtures"]!)).Should().Equal((self, 1, 1));
        shards["self_shards"]!.AsArray().SelectMany(s => s!["fixtures"]!.AsArray().Select(f => (string)f!)).Should().Equal(MatchBets.FixtureId.ToString());

        var limiter = await http.GetOkAsync("api/manage/limiter");
        limiter["apis"]!.AsArray().Select(a => (string)a!["api"]!).Should().Contain(["fotmob", "odds-api", "alerts"]);
        var fotMob = limiter["apis"]!.AsArray().Single(a => (string)a!["api"]! == "fotmob")!;
        ((double)fotMob["window_seconds"]!).Should().Be(120);
        ((long)limiter["permits_granted"]!).Should().BeGreaterThan(0, "the fixture polled FotMob");
    }

    [Fact]
    public async Task Leave_and_down_check_the_address_and_a_leaving_node_stops_being_ready()
    {
        await using var node = await NodeUnderTest.StartAsync();
        using var http = node.Client(NodeUnderTest.Token);
        var self = (string)(await http.GetOkAsync("api/manage/cluster"))["self"]!;

        var missing = await http.PostAsync("api/manage/down", "{}");
        missing.Status.Should().Be(400);
        ((string)missing.Body["error"]!).Should().Contain("address");
        var garbled = await http.PostAsync("api/manage/leave", """{"address":"not an address"}""");
        garbled.Status.Should().Be(400);
        ((string)garbled.Body["error"]!).Should().Contain("is not a cluster address");
        var stranger = await http.PostAsync("api/manage/down", """{"address":"akka.tcp://proppr@127.0.0.1:1"}""");
        stranger.Status.Should().Be(404);
        (await http.PostAsync("api/manage/leave", "{not json")).Status.Should().Be(400);

        var leave = await http.PostAsync("api/manage/leave", new JsonObject { ["address"] = self }.ToJsonString());
        leave.Status.Should().Be(202);
        await Eventually.HoldsAsync(async () => (await http.GetAsync("health/ready")).IsSuccessStatusCode.Should().BeFalse());
    }

    [Fact]
    public async Task A_bet_known_only_by_its_odds_event_waits_for_resolution_and_goes_to_its_fixture_once_mapped()
    {
        await using var node = await NodeUnderTest.StartAsync();
        using var http = node.Client(NodeUnderTest.Token);
        var bet = MatchBets.OverGoals("manage-odds-only");
        bet.Remove("fixture_id");
        bet["odds_fixture_id"] = "odds-77";
        bet["home_team"] = "Liverpool";
        bet["away_team"] = "Man Utd";
        bet["kickoff"] = "2025-01-05T16:30:00Z";

        var (_, intake) = await http.PostAsync("api/bets", bet.ToJsonString());
        ApiJson.Answers(intake).Should().Equal(("manage-odds-only", "pending_resolution", null));

        var unresolved = (await http.GetOkAsync("api/manage/unresolved"))["fixtures"]!.AsArray().Single()!;
        ((string)unresolved["external_id"]!, (int)unresolved["held_bets"]!).Should().Be(("odds-77", 1));

        (await http.PostAsync("api/manage/mappings", """{"external_id":"odds-77","fixture_id":4506508}""")).Status.Should().Be(202);
        await Eventually.HoldsAsync(async () =>
            ((string)(await http.GetOkAsync("api/bets/manage-odds-only"))["status"]!).Should().Be("won"));
        // The resolver forgets the bets once their delivery is acknowledged, which the read model does not wait for.
        await Eventually.HoldsAsync(async () =>
            (await http.GetOkAsync("api/manage/unresolved"))["fixtures"]!.AsArray().Should().BeEmpty());

        var (_, again) = await http.PostAsync("api/bets", bet.ToJsonString());
        ApiJson.Answers(again).Should().Equal(("manage-odds-only", "duplicate", null));
    }
}
