using Proppr.K8s.Tests.Docker;
using Proppr.K8s.Tests.Manifests;
using Proppr.TestSupport;

namespace Proppr.K8s.Tests;

/// <summary>Images are named for the project whose Dockerfile builds them, and an overlay ships both at one version.</summary>
public sealed class ImageTests
{
    [Fact]
    public void An_overlay_runs_the_images_of_one_release()
    {
        Overlay.Named("dev").NodeContainer.Image.Should().Be("proppr-node:dev");
        Overlay.Named("dev").LighthouseContainer.Image.Should().Be("proppr-lighthouse:dev");
        Overlay.Named("prod").NodeContainer.Image.Should().Be("registry.example.com/proppr-node:1.0.0");
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void Each_image_is_named_for_a_project_with_a_Dockerfile(string name)
    {
        var overlay = Overlay.Named(name);

        foreach (var image in overlay.PropprTemplates.SelectMany(template => template.Spec.Containers).Select(container => container.Image))
        {
            var repository = image.Split(':')[0].Split('/')[^1];
            File.Exists(Dockerfile.PathOf(ReferenceData.RepositoryRoot, ProjectFor(repository))).Should().BeTrue(image);
        }
    }

    /// <summary><c>proppr-node</c> is built from <c>Proppr.Node</c>.</summary>
    private static string ProjectFor(string repository) =>
        string.Join('.', repository.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
}
