using k8s;
using k8s.Models;
using Proppr.K8s.Tests.Manifests;

namespace Proppr.K8s.Tests;

/// <summary>Each overlay renders, loads strictly, and holds exactly the objects a cluster of its kind needs.</summary>
public sealed class ManifestSetTests
{
    private static readonly string[] Nodes =
    [
        "Deployment/node",
        "HorizontalPodAutoscaler/node",
        "PodDisruptionBudget/node",
        "Service/node",
    ];

    private static readonly string[] Seeds = [.. Nodes, "PodDisruptionBudget/lighthouse", "Service/lighthouse", "StatefulSet/lighthouse"];

    private static readonly string[] Bootstrap = [.. Nodes, "ServiceAccount/node", "Role/pod-reader", "RoleBinding/node-pod-reader"];

    [Fact]
    public void Dev_runs_the_cluster_beside_its_own_PostgreSQL_with_its_own_dev_secrets()
    {
        Objects(Overlay.Named("dev")).Should().BeEquivalentTo(
            [.. Seeds, "Service/postgres", "StatefulSet/postgres", "Secret/postgres-credentials", "Secret/proppr-secrets"]);
    }

    [Fact]
    public void Prod_runs_the_cluster_alone_formed_by_bootstrap_its_database_outside_and_its_secret_created_by_the_operator()
    {
        Objects(Overlay.Named("prod")).Should().BeEquivalentTo(Bootstrap);
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void Every_object_of_an_overlay_lives_in_its_namespace(string name)
    {
        var overlay = Overlay.Named(name);

        overlay.Manifests.Objects.Cast<IKubernetesObject<V1ObjectMeta>>().Select(item => item.Metadata.NamespaceProperty)
            .Should().AllBe(name == "dev" ? "proppr-dev" : "proppr");
    }

    [Fact]
    public void The_base_and_each_way_of_forming_the_cluster_render_on_their_own_and_the_secret_template_loads_strictly()
    {
        Names(RenderedManifests.Render("base")).Should().BeEquivalentTo(Nodes);
        Names(RenderedManifests.Render("seeds")).Should().BeEquivalentTo(Seeds);
        Names(RenderedManifests.Render("bootstrap")).Should().BeEquivalentTo(Bootstrap);
        RenderedManifests.LoadFile(Overlay.SecretTemplatePath).All<V1Secret>().Should().ContainSingle();
    }

    private static IEnumerable<string> Objects(Overlay overlay) => Names(overlay.Manifests);

    private static IEnumerable<string> Names(RenderedManifests manifests) =>
        manifests.Objects.Select(item => $"{item.Kind}/{((IMetadata<V1ObjectMeta>)item).Metadata.Name}");
}
