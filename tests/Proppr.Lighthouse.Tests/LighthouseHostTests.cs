using Akka.Actor;
using Akka.Cluster;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Proppr.Actors.Hosting;
using Proppr.TestSupport;

namespace Proppr.Lighthouse.Tests;

public sealed class LighthouseHostTests
{
    [Fact]
    public async Task Members_join_the_cluster_through_the_lighthouse_which_reports_ready_and_hosts_no_work()
    {
        var port = FreePort.Next();
        var seed = $"akka.tcp://{PropprConfig.ActorSystemName}@127.0.0.1:{port}";
        await using var lighthouse = LighthouseHost.Build(
            ["--Cluster:Hostname=127.0.0.1", $"--Cluster:Port={port}", $"--Cluster:SeedNodes:0={seed}", "--Urls=http://127.0.0.1:0"]);
        await lighthouse.StartAsync();
        using var database = new TempDatabaseFile();

        await using var member = await TestNode.StartAsync(database.Options, _ => { }, seed);

        var members = Cluster.Get(member.System).State.Members;
        members.Should().HaveCount(2);
        members.Single(m => m.Address.ToString() == seed).Roles.Should().Equal(ClusterRoles.Lighthouse);
        members.Single(m => m.Address.ToString() != seed).Roles.Should().Equal(ClusterRoles.Proppr);
        using var http = new HttpClient { BaseAddress = new Uri(lighthouse.Urls.First()) };
        (await http.GetAsync("/health/ready")).StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        (await http.GetAsync("/health/live")).StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_lighthouse_that_has_not_joined_is_live_but_not_ready()
    {
        var unreachableSeed = $"akka.tcp://{PropprConfig.ActorSystemName}@127.0.0.1:{FreePort.Next()}";
        await using var lighthouse = LighthouseHost.Build(
            ["--Cluster:Hostname=127.0.0.1", $"--Cluster:Port={FreePort.Next()}", $"--Cluster:SeedNodes:0={unreachableSeed}", "--Urls=http://127.0.0.1:0"]);
        await lighthouse.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(lighthouse.Urls.First()) };

        (await http.GetAsync("/health/live")).StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        (await http.GetAsync("/health/ready")).StatusCode.Should().Be(System.Net.HttpStatusCode.ServiceUnavailable);
        Cluster.Get(lighthouse.Services.GetRequiredService<ActorSystem>()).SelfMember.Status.Should().NotBe(MemberStatus.Up);
    }
}
