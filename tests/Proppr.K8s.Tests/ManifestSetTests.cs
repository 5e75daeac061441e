using k8s;
using k8s.Models;
using Proppr.K8s.Tests.Manifests;

namespace Proppr.K8s.Tests;

/// <summary>Each overlay renders, loads strictly, and holds exactly the objects a cluster of its kind needs.</summary>
public sealed class ManifestSetTests
{
    private static readonly string[] Cluster =
    [
        "ConfigMap/akka-hocon",
        "Deployment/node",
        "HorizontalPodAutoscaler/node",
        "PodDisruptionBudget/lighthouse",
        "PodDisruptionBudget/node",
        "Service/lighthouse",
        "Service/node",
        "StatefulSet/lighthouse",
    ];

    [Fact]
    public void Dev_runs_the_cluster_beside_its_own_PostgreSQL_with_its_own_dev_secrets()
    {
        Objects(Overlay.Named("dev")).Should().BeEquivalentTo(
            [.. Cluster, "Service/postgres", "StatefulSet/postgres", "Secret/postgres-credentials", "Secret/proppr-secrets"]);
    }

    [Fact]
    public void Prod_runs_the_cluster_alone_its_database_outside_and_its_secret_created_by_the_operator()
    {
        Objects(Overlay.Named("prod")).Should().BeEquivalentTo(Cluster);
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
    public void The_base_renders_on_its_own_and_the_secret_template_loads_strictly()
    {
        RenderedManifests.Render("base").Objects.Select(item => $"{item.Kind}/{((IMetadata<V1ObjectMeta>)item).Metadata.Name}")
            .Should().BeEquivalentTo(Cluster);
        RenderedManifests.LoadFile(Overlay.SecretTemplatePath).All<V1Secret>().Should().ContainSingle();
    }

    private static IEnumerable<string> Objects(Overlay overlay) =>
        overlay.Manifests.Objects.Select(item => $"{item.Kind}/{((IMetadata<V1ObjectMeta>)item).Metadata.Name}");
}
