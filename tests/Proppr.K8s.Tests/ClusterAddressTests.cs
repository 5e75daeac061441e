using k8s.Models;
using Proppr.Actors.Hosting;
using Proppr.K8s.Tests.Manifests;
using Proppr.Lighthouse;

namespace Proppr.K8s.Tests;

/// <summary>
/// Where the cluster forms through seeds, every member joins through the Lighthouse pods' stable names and each
/// Lighthouse announces exactly the address its seed entry names (Akka drops messages for any other); everywhere, a
/// node announces its pod IP, and the roles the hosts set in code agree with akka.hocon.
/// </summary>
public sealed class ClusterAddressTests
{
    [Fact]
    public void Dev_seeds_are_the_three_lighthouse_pods_by_their_names_in_the_headless_service()
    {
        Seeds(Overlay.Named("dev").NodeEnvironment()).Should().Equal(
            "akka.tcp://proppr@lighthouse-0.lighthouse.proppr-dev.svc.cluster.local:4053",
            "akka.tcp://proppr@lighthouse-1.lighthouse.proppr-dev.svc.cluster.local:4053",
            "akka.tcp://proppr@lighthouse-2.lighthouse.proppr-dev.svc.cluster.local:4053");
    }

    [Theory]
    [MemberData(nameof(Overlay.WithSeeds), MemberType = typeof(Overlay))]
    public void Nodes_and_lighthouses_join_through_every_lighthouse_replica_at_the_lighthouse_port(string name)
    {
        var overlay = Overlay.Named(name);
        var lighthouse = overlay.Lighthouse;
        var expected = Enumerable.Range(0, lighthouse.Spec.Replicas!.Value).Select(ordinal =>
            $"akka.tcp://{PropprConfig.ActorSystemName}@{lighthouse.Metadata.Name}-{ordinal}.{lighthouse.Spec.ServiceName}.{overlay.Namespace}.svc.cluster.local:{LighthouseHost.DefaultPort}");

        lighthouse.Spec.Replicas.Should().Be(3);
        Seeds(overlay.NodeEnvironment()).Should().Equal(expected);
        Seeds(overlay.LighthouseEnvironment(1)).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Overlay.WithSeeds), MemberType = typeof(Overlay))]
    public void Each_lighthouse_announces_the_address_its_seed_entry_names_and_listens_on_its_port(string name)
    {
        var overlay = Overlay.Named(name);
        var seeds = Seeds(overlay.NodeEnvironment());

        for (var ordinal = 0; ordinal < overlay.Lighthouse.Spec.Replicas; ordinal++)
        {
            var environment = overlay.LighthouseEnvironment(ordinal);
            $"akka.tcp://{PropprConfig.ActorSystemName}@{environment["Cluster__PublicHostname"]}:{environment["Cluster__Port"]}".Should().Be(seeds[ordinal]);
            environment["Cluster__Hostname"].Should().Be("0.0.0.0");
            RemotingPort(overlay.LighthouseContainer).Should().Be(int.Parse(environment["Cluster__Port"], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.WithSeeds), MemberType = typeof(Overlay))]
    public void The_headless_service_names_every_lighthouse_pod_ready_or_not_at_the_remoting_port(string name)
    {
        var overlay = Overlay.Named(name);
        var service = overlay.Manifests.Single<V1Service>(overlay.Lighthouse.Spec.ServiceName);

        service.Spec.ClusterIP.Should().Be("None");
        service.Spec.PublishNotReadyAddresses.Should().BeTrue("a seed is ready only once it is an Up member, which needs the others' names");
        service.Spec.Selector.Should().BeEquivalentTo(overlay.Lighthouse.Spec.Template.Metadata.Labels);
        var port = service.Spec.Ports.Single();
        port.Port.Should().Be(LighthouseHost.DefaultPort);
        overlay.LighthouseContainer.Ports.Single(p => p.Name == port.TargetPort.Value).ContainerPort.Should().Be(LighthouseHost.DefaultPort);
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void A_node_binds_every_interface_and_announces_its_pod_IP_at_its_remoting_port(string name)
    {
        var overlay = Overlay.Named(name);
        var environment = overlay.NodeEnvironment();

        environment["Cluster__Hostname"].Should().Be("0.0.0.0");
        environment["Cluster__PublicHostname"].Should().Be("10.1.2.3");
        RemotingPort(overlay.NodeContainer).Should().Be(int.Parse(environment["Cluster__Port"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void Roles_come_from_code_and_agree_with_akka_hocon(string name)
    {
        var overlay = Overlay.Named(name);
        var hocon = PropprConfig.Load();

        var keys = overlay.HasLighthouse ? overlay.NodeEnvironment().Keys.Concat(overlay.LighthouseEnvironment(0).Keys) : overlay.NodeEnvironment().Keys;
        keys.Should().NotContain(key => key.StartsWith("Cluster__Roles", StringComparison.Ordinal));
        new ClusterNodeOptions().Roles.Should().Equal(ClusterRoles.Proppr);
        foreach (var path in new[] { "akka.cluster.sharding.role", "akka.cluster.singleton.role", "akka.cluster.split-brain-resolver.keep-majority.role" })
        {
            hocon.GetString(path).Should().Be(ClusterRoles.Proppr, path);
        }
        ClusterRoles.Lighthouse.Should().NotBe(ClusterRoles.Proppr, "Lighthouse must host no shard and no singleton, and count for no majority");
    }

    private static IReadOnlyList<string> Seeds(IReadOnlyDictionary<string, string> environment) =>
        environment.Where(variable => variable.Key.StartsWith("Cluster__SeedNodes__", StringComparison.Ordinal))
            .OrderBy(variable => int.Parse(variable.Key["Cluster__SeedNodes__".Length..], System.Globalization.CultureInfo.InvariantCulture))
            .Select(variable => variable.Value)
            .ToArray();

    private static int RemotingPort(V1Container container) => container.Ports.Single(port => port.Name == "akka-remote").ContainerPort;
}
