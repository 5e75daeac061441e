using Akka.Configuration;
using Proppr.Actors.Hosting;
using Proppr.K8s.Tests.Manifests;

namespace Proppr.K8s.Tests;

/// <summary>
/// SIGTERM stops the host, the host runs coordinated shutdown (hand shards over, leave, terminate), and Kubernetes
/// kills the pod at the end of its grace period: the grace period must outlast the host, which must outlast the shutdown.
/// </summary>
public sealed class GracePeriodTests
{
    [Fact]
    public void Coordinated_shutdown_under_akka_hocon_takes_85_seconds_at_worst_and_the_host_waits_95()
    {
        // Five service phases at the 5 s default, sharding hand-off 20 s (akka.hocon), leave 5 s, exiting 10 s
        // (akka.hocon), exiting-done, cluster-shutdown and before-terminate at 5 s each, actor-system-terminate 10 s.
        CoordinatedShutdownBudget.WorstCase(PropprConfig.Load().WithFallback(ConfigurationFactory.Default()))
            .Should().Be(TimeSpan.FromSeconds(85));
        CoordinatedShutdownBudget.HostShutdownTimeout().Should().Be(TimeSpan.FromSeconds(95));
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void Node_and_lighthouse_pods_get_longer_than_the_host_waits_for_coordinated_shutdown(string name)
    {
        var templates = Overlay.Named(name).PropprTemplates.ToArray();

        templates.Should().NotBeEmpty();
        foreach (var template in templates)
        {
            TimeSpan.FromSeconds(template.Spec.TerminationGracePeriodSeconds!.Value).Should().BeGreaterThan(CoordinatedShutdownBudget.HostShutdownTimeout());
        }
    }
}
