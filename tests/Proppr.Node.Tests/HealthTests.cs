using Akka.Cluster;
using Proppr.Actors.Hosting;
using Proppr.TestSupport;

namespace Proppr.Node.Tests;

/// <summary>The probes: live as soon as the process answers, ready only once the node is an Up member.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task A_node_whose_seed_is_not_there_is_live_but_not_ready_and_turns_ready_once_it_is_up()
    {
        var absentSeed = $"akka.tcp://{PropprConfig.ActorSystemName}@127.0.0.1:{FreePort.Next()}";
        await using var node = await NodeUnderTest.StartAsync([$"--Cluster:SeedNodes:0={absentSeed}"], waitUntilReady: false);
        using var http = node.Client();

        (await http.GetAsync("health/live")).IsSuccessStatusCode.Should().BeTrue();
        var (status, body) = await http.GetJsonAsync("health/ready");
        status.Should().Be(503);
        ((string)body["reason"]!).Should().Be("not an Up cluster member yet");

        var cluster = Cluster.Get(node.System);
        cluster.Join(cluster.SelfAddress);

        await Eventually.HoldsAsync(async () => (await http.GetAsync("health/ready")).IsSuccessStatusCode.Should().BeTrue());
        cluster.SelfMember.Status.Should().Be(MemberStatus.Up);
    }
}
