using System.Xml.Linq;
using k8s.Models;
using Proppr.K8s.Tests.Docker;
using Proppr.K8s.Tests.Manifests;
using Proppr.TestSupport;

namespace Proppr.K8s.Tests;

/// <summary>
/// akka.hocon reaches the pods inside the images, beside the assemblies where the hosts read it: the repository's file
/// is the one source, no copy lives under k8s/ and nothing is mounted over it, so the overlays build with plain
/// <c>kubectl kustomize</c> (a generator reading ../../akka.hocon needed <c>--load-restrictor LoadRestrictionsNone</c>).
/// </summary>
public sealed class AkkaHoconInImageTests
{
    private const string FileName = "akka.hocon";

    [Fact]
    public void No_copy_of_akka_hocon_lives_under_k8s()
    {
        Directory.GetFiles(RenderedManifests.Directory, "*.hocon", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void No_config_map_or_volume_replaces_the_images_copy(string name)
    {
        var overlay = Overlay.Named(name);

        overlay.Manifests.All<V1ConfigMap>().Should().BeEmpty();
        foreach (var template in overlay.PropprTemplates)
        {
            template.Spec.Volumes.Should().BeNullOrEmpty();
            template.Spec.Containers.SelectMany(container => container.VolumeMounts ?? []).Should().BeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(DockerfileTests.Projects), MemberType = typeof(DockerfileTests))]
    public void Each_image_builds_with_the_repository_akka_hocon_published_beside_its_assemblies(string project)
    {
        var dockerfile = Dockerfile.Read(ReferenceData.RepositoryRoot, project);
        var actors = XDocument.Load(Path.Combine(ReferenceData.RepositoryRoot, "src", "Proppr.Actors", "Proppr.Actors.csproj"));

        dockerfile.Instructions.Where(i => i.Keyword == "COPY").SelectMany(i => i.Words).Should().Contain(FileName);
        var item = actors.Descendants("None").Single(element => element.Attribute("Include")?.Value == @"..\..\akka.hocon");
        item.Attribute("CopyToOutputDirectory")!.Value.Should().Be("PreserveNewest", "publish puts it in /app beside the assemblies");
        File.Exists(Path.Combine(AppContext.BaseDirectory, FileName)).Should().BeTrue("a build puts it beside the assemblies, where PropprConfig reads it");
    }
}
