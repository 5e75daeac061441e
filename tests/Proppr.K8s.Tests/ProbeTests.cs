using Microsoft.AspNetCore.Http;
using k8s.Models;
using Proppr.K8s.Tests.Manifests;

namespace Proppr.K8s.Tests;

/// <summary>Kubernetes asks each pod whether it is live and ready, on the port its web server listens on.</summary>
public sealed class ProbeTests
{
    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void The_node_is_ready_when_its_health_says_so_and_live_while_it_answers(string name)
    {
        var overlay = Overlay.Named(name);

        AssertProbes(overlay.NodeContainer, overlay.NodeEnvironment());
    }

    [Theory]
    [MemberData(nameof(Overlay.WithSeeds), MemberType = typeof(Overlay))]
    public void The_lighthouse_is_ready_when_its_health_says_so_and_live_while_it_answers(string name)
    {
        var overlay = Overlay.Named(name);

        AssertProbes(overlay.LighthouseContainer, overlay.LighthouseEnvironment(0));
    }

    private static void AssertProbes(V1Container container, IReadOnlyDictionary<string, string> environment)
    {
        container.ReadinessProbe.HttpGet.Path.Should().Be(HealthPaths.Ready);
        container.LivenessProbe.HttpGet.Path.Should().Be(HealthPaths.Live);
        var listening = BindingAddress.Parse(environment["Urls"]).Port;
        foreach (var probe in new[] { container.ReadinessProbe, container.LivenessProbe })
        {
            container.Ports.Single(port => port.Name == probe.HttpGet.Port.Value).ContainerPort.Should().Be(listening);
        }
    }
}
