using System.Xml.Linq;
using Proppr.K8s.Tests.Manifests;
using Proppr.TestSupport;

namespace Proppr.K8s.Tests.Docker;

/// <summary>
/// No Docker engine runs here, so the Dockerfiles are checked for what would break a build or a pod: every file the
/// build reaches is copied in, the right project is published and started, as a user other than root, with the ports
/// the manifests use.
/// </summary>
public sealed class DockerfileTests
{
    public static TheoryData<string> Projects => ["Proppr.Node", "Proppr.Lighthouse"];

    [Theory]
    [MemberData(nameof(Projects))]
    public void It_builds_on_the_SDK_and_runs_on_the_ASP_NET_runtime_image(string project)
    {
        var dockerfile = Dockerfile.Read(ReferenceData.RepositoryRoot, project);

        dockerfile.Instructions.Where(i => i.Keyword == "FROM").Select(i => i.Words[0])
            .Should().Equal("mcr.microsoft.com/dotnet/sdk:10.0", "mcr.microsoft.com/dotnet/aspnet:10.0");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_file_the_build_reads_is_copied_into_the_build_stage(string project)
    {
        var dockerfile = Dockerfile.Read(ReferenceData.RepositoryRoot, project);
        var copied = dockerfile.Instructions.Where(i => i.Keyword == "COPY" && !i.Arguments.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(i => i.Words.SkipLast(1))
            .Select(source => Path.GetFullPath(Path.Combine(ReferenceData.RepositoryRoot, source)))
            .ToArray();

        copied.Should().OnlyContain(source => File.Exists(source) || Directory.Exists(source));
        var needed = BuildInputs(Path.Combine(ReferenceData.RepositoryRoot, "src", project, $"{project}.csproj"))
            .Concat(new[] { "global.json", "Directory.Build.props", "Directory.Packages.props" }.Select(file => Path.Combine(ReferenceData.RepositoryRoot, file)));
        needed.Should().OnlyContain(file => copied.Any(source => file == source || file.StartsWith(source, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void It_publishes_and_starts_its_own_project(string project)
    {
        var dockerfile = Dockerfile.Read(ReferenceData.RepositoryRoot, project);

        dockerfile.Instructions.Single(i => i.Keyword == "RUN").Words.Take(3).Should().Equal("dotnet", "publish", $"src/{project}/{project}.csproj");
        dockerfile.FinalStage.Single(i => i.Keyword == "ENTRYPOINT").Arguments.Should().Be($"[\"dotnet\", \"{project}.dll\"]");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void It_runs_as_the_image_unprivileged_user_and_exposes_the_ports_the_pods_use(string project)
    {
        var dockerfile = Dockerfile.Read(ReferenceData.RepositoryRoot, project);
        // The node's ports in every overlay (prod adds Cluster Bootstrap's management port); the Lighthouse's in dev.
        var containers = project == "Proppr.Node"
            ? [Overlay.Named("dev").NodeContainer, Overlay.Named("prod").NodeContainer]
            : new[] { Overlay.Named("dev").LighthouseContainer };

        dockerfile.FinalStage.Single(i => i.Keyword == "USER").Arguments.Should().Be("$APP_UID");
        dockerfile.FinalStage.Single(i => i.Keyword == "EXPOSE").Words.Select(int.Parse)
            .Should().BeEquivalentTo(containers.SelectMany(container => container.Ports).Select(port => port.ContainerPort).Distinct());
    }

    /// <summary>The project file and every file it or the projects it references name by a relative path (akka.hocon among them).</summary>
    private static IEnumerable<string> BuildInputs(string projectFile)
    {
        var directory = Path.GetDirectoryName(projectFile)!;
        var included = XDocument.Load(projectFile).Descendants()
            .Select(element => element.Attribute("Include")?.Value)
            .OfType<string>()
            .Where(include => include.StartsWith("..", StringComparison.Ordinal))
            .Select(include => Path.GetFullPath(Path.Combine(directory, include.Replace('\\', '/'))))
            .ToArray();
        return included.Where(path => path.EndsWith(".csproj", StringComparison.Ordinal)).SelectMany(BuildInputs)
            .Concat(included).Append(projectFile).Distinct();
    }
}
