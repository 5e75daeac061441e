using k8s.Models;
using Proppr.Actors.Hosting;
using Proppr.K8s.Tests.Manifests;

namespace Proppr.K8s.Tests;

/// <summary>
/// Prod's nodes form the cluster by Cluster Bootstrap over the Kubernetes API: no seed and no Lighthouse, a management
/// port their peers can probe, a label selector that finds exactly the node pods, and a service account allowed to
/// list pods and nothing more.
/// </summary>
public sealed class ClusterBootstrapManifestTests
{
    private static readonly Overlay Prod = Overlay.Named(Overlay.Bootstrapped);

    [Fact]
    public void Prod_nodes_bootstrap_through_the_Kubernetes_API_with_no_seed_and_no_lighthouse()
    {
        var environment = Prod.NodeEnvironment();

        environment.Keys.Should().NotContain(key => key.StartsWith("Cluster__SeedNodes", StringComparison.Ordinal));
        Prod.HasLighthouse.Should().BeFalse();
        Enum.Parse<BootstrapDiscovery>(environment["Cluster__Bootstrap__Discovery"]).Should().Be(BootstrapDiscovery.KubernetesApi);
    }

    [Fact]
    public void The_management_port_the_node_serves_is_the_container_port_discovery_names()
    {
        var port = int.Parse(Prod.NodeEnvironment()["Cluster__Bootstrap__ManagementPort"], System.Globalization.CultureInfo.InvariantCulture);

        // Kubernetes API discovery takes a contact point's port from the container port named "management".
        Prod.NodeContainer.Ports.Single(p => p.Name == "management").ContainerPort.Should().Be(port);
        port.Should().Be(new BootstrapOptions().ManagementPort);
    }

    [Fact]
    public void The_label_selector_finds_exactly_the_node_pods()
    {
        var selector = Prod.NodeEnvironment()["Cluster__Bootstrap__PodLabelSelector"];
        var labels = selector.Split(',').Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);

        labels.Should().BeEquivalentTo(Prod.Node.Spec.Template.Metadata.Labels);
        labels.Should().BeEquivalentTo(Prod.Node.Spec.Selector.MatchLabels, "the Deployment's own selector: no other pod is a peer");
    }

    [Fact]
    public void The_nodes_service_account_may_get_list_and_watch_pods_in_its_namespace_and_nothing_else()
    {
        var account = Prod.Node.Spec.Template.Spec.ServiceAccountName;
        var binding = Prod.Manifests.All<V1RoleBinding>().Single(b => b.Subjects.Any(s => s.Kind == "ServiceAccount" && s.Name == account));
        var role = Prod.Manifests.Single<V1Role>(binding.RoleRef.Name);

        Prod.Manifests.Single<V1ServiceAccount>(account).Metadata.NamespaceProperty.Should().Be(Prod.Namespace);
        binding.Subjects.Single().NamespaceProperty.Should().Be(Prod.Namespace);
        binding.RoleRef.Kind.Should().Be("Role");
        var rule = role.Rules.Should().ContainSingle().Subject;
        rule.ApiGroups.Should().Equal("");
        rule.Resources.Should().Equal("pods");
        rule.Verbs.Should().BeEquivalentTo("get", "list", "watch");
    }
}
