using k8s.Models;
using Proppr.K8s.Tests.Docker;
using Proppr.K8s.Tests.Manifests;
using Proppr.TestSupport;

namespace Proppr.K8s.Tests;

/// <summary>
/// The ConfigMap is generated from the repository's akka.hocon itself, not from a copy that could drift, and is mounted
/// where the hosts read it: beside their assemblies, over the image's own copy.
/// </summary>
public sealed class AkkaHoconConfigMapTests
{
    private const string ConfigMapName = "akka-hocon";
    private const string FileName = "akka.hocon";

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void The_config_map_carries_the_repository_akka_hocon_exactly(string name)
    {
        var configMap = Overlay.Named(name).Manifests.Single<V1ConfigMap>(ConfigMapName);

        configMap.Data.Should().ContainSingle().Which.Should().Be(
            new KeyValuePair<string, string>(FileName, File.ReadAllText(Path.Combine(ReferenceData.RepositoryRoot, FileName))));
    }

    [Fact]
    public void No_copy_of_akka_hocon_lives_under_k8s()
    {
        Directory.GetFiles(RenderedManifests.Directory, "*.hocon", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void Nodes_and_lighthouses_mount_it_in_the_image_working_directory_where_the_hosts_read_it(string name)
    {
        var overlay = Overlay.Named(name);

        AssertMounted(overlay.Node.Spec.Template.Spec, overlay.NodeContainer, "Proppr.Node");
        AssertMounted(overlay.Lighthouse.Spec.Template.Spec, overlay.LighthouseContainer, "Proppr.Lighthouse");
    }

    private static void AssertMounted(V1PodSpec pod, V1Container container, string project)
    {
        var workingDirectory = Dockerfile.Read(ReferenceData.RepositoryRoot, project).FinalStage.Last(i => i.Keyword == "WORKDIR").Arguments;
        var mount = container.VolumeMounts.Should().ContainSingle().Subject;

        mount.MountPath.Should().Be($"{workingDirectory}/{FileName}");
        mount.SubPath.Should().Be(FileName);
        pod.Volumes.Single(volume => volume.Name == mount.Name).ConfigMap.Name.Should().Be(ConfigMapName);
    }
}
