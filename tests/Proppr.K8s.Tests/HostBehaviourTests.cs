using System.Net;
using Akka.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Proppr.Actors.Hosting;
using Proppr.K8s.Tests.Manifests;
using Proppr.TestSupport;

namespace Proppr.K8s.Tests;

/// <summary>What the manifests rely on, asked of the real hosts: the probed paths answer, and both run the split-brain
/// resolver and coordinated shutdown the way a Kubernetes rollout needs.</summary>
public sealed class HostBehaviourTests(RunningHosts hosts) : IClassFixture<RunningHosts>
{
    [Fact]
    public async Task Every_path_the_manifests_probe_answers_OK_on_the_real_hosts()
    {
        await AssertProbesAnswer(hosts.Node, Overlay.Named("prod").NodeContainer);
        await AssertProbesAnswer(hosts.Node, Overlay.Named("dev").NodeContainer);
        await AssertProbesAnswer(hosts.Lighthouse, Overlay.Named("dev").LighthouseContainer);
    }

    [Fact]
    public void Nodes_and_lighthouses_alike_down_the_minority_keep_the_proppr_majority_and_shut_down_when_downed_or_stopped()
    {
        foreach (var config in new[] { hosts.Node, hosts.Lighthouse }.Select(host => RunningHosts.SystemOf(host).Settings.Config))
        {
            config.GetString("akka.cluster.downing-provider-class").Should().StartWith("Akka.Cluster.SBR.SplitBrainResolverProvider");
            config.GetString("akka.cluster.split-brain-resolver.active-strategy").Should().Be("keep-majority");
            config.GetString("akka.cluster.split-brain-resolver.keep-majority.role").Should().Be(ClusterRoles.Proppr);
            config.GetBoolean("akka.cluster.run-coordinated-shutdown-when-down").Should().BeTrue();
            config.GetBoolean("akka.coordinated-shutdown.run-by-clr-shutdown-hook").Should().BeTrue();
        }
    }

    [Fact]
    public void The_running_hosts_have_the_coordinated_shutdown_the_budget_is_computed_from()
    {
        var fromFile = CoordinatedShutdownBudget.WorstCase(PropprConfig.Load().WithFallback(ConfigurationFactory.Default()));

        foreach (var host in new[] { hosts.Node, hosts.Lighthouse })
        {
            CoordinatedShutdownBudget.WorstCase(RunningHosts.SystemOf(host).Settings.Config).Should().Be(fromFile);
        }
    }

    [Fact]
    public void Nodes_and_lighthouses_alike_wait_out_coordinated_shutdown_when_stopped()
    {
        foreach (var host in new[] { hosts.Node, hosts.Lighthouse })
        {
            host.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout
                .Should().Be(CoordinatedShutdownBudget.HostShutdownTimeout());
        }
    }

    private static async Task AssertProbesAnswer(WebApplication host, k8s.Models.V1Container container)
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.Urls.First()) };
        foreach (var probe in new[] { container.ReadinessProbe, container.LivenessProbe })
        {
            await Eventually.HoldsAsync(async () => (await http.GetAsync(probe.HttpGet.Path)).StatusCode.Should().Be(HttpStatusCode.OK));
        }
    }
}
