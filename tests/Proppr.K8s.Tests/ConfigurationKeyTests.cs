using k8s.Models;
using Proppr.K8s.Tests.Manifests;

namespace Proppr.K8s.Tests;

/// <summary>
/// Every environment variable a Proppr pod sets is a setting its host reads, with a value it can bind; the only others
/// are the downward-API helpers other values refer to with <c>$(NAME)</c>.
/// </summary>
public sealed class ConfigurationKeyTests
{
    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void The_node_reads_every_variable_its_pods_set(string name)
    {
        var overlay = Overlay.Named(name);

        HostConfiguration.Node.Problems(Settings(overlay.NodeContainer, overlay.NodeEnvironment())).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Overlay.WithSeeds), MemberType = typeof(Overlay))]
    public void The_lighthouse_reads_every_variable_its_pods_set(string name)
    {
        var overlay = Overlay.Named(name);

        HostConfiguration.Lighthouse.Problems(Settings(overlay.LighthouseContainer, overlay.LighthouseEnvironment(2))).Should().BeEmpty();
    }

    [Fact]
    public void The_node_pods_set_its_cluster_database_and_API_settings()
    {
        Settings(Overlay.Named("dev").NodeContainer, Overlay.Named("dev").NodeEnvironment()).Keys.Should().BeEquivalentTo(
            "Urls", "Cluster__Hostname", "Cluster__Port", "Cluster__PublicHostname",
            "Cluster__SeedNodes__0", "Cluster__SeedNodes__1", "Cluster__SeedNodes__2",
            "Database__Provider", "Database__ConnectionString", "Api__Token");
        Settings(Overlay.Named("prod").NodeContainer, Overlay.Named("prod").NodeEnvironment()).Keys.Should().BeEquivalentTo(
            "Urls", "Cluster__Hostname", "Cluster__Port", "Cluster__PublicHostname",
            "Cluster__Bootstrap__Discovery", "Cluster__Bootstrap__ManagementPort", "Cluster__Bootstrap__PodLabelSelector",
            "Database__Provider", "Database__ConnectionString", "Api__Token");
    }

    [Fact]
    public void A_misspelt_key_a_value_of_the_wrong_type_and_a_section_nobody_reads_are_each_caught()
    {
        var problems = HostConfiguration.Node.Problems(new Dictionary<string, string>
        {
            ["Cluster__SeedNode__0"] = "akka.tcp://proppr@lighthouse-0:4053",
            ["Database__Provider"] = "Postgres",
            ["Ods__ApiKey"] = "key",
            ["Api__Token"] = "token",
        });

        problems.Should().HaveCount(3);
        problems.Should().Contain(problem => problem.StartsWith("Cluster:", StringComparison.Ordinal) && problem.Contains("SeedNode", StringComparison.Ordinal));
        problems.Should().Contain(problem => problem.StartsWith("Database:", StringComparison.Ordinal) && problem.Contains("Postgres", StringComparison.Ordinal));
        problems.Should().Contain(problem => problem.StartsWith("Ods:ApiKey", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reference_to_a_variable_not_defined_before_it_is_refused()
    {
        // Kubernetes would pass "$(POD_IP)" through as written: a node announcing that address is unreachable.
        var container = new V1Container
        {
            Name = "node",
            Env =
            [
                new V1EnvVar { Name = "Cluster__PublicHostname", Value = "$(POD_IP)" },
                new V1EnvVar { Name = "POD_IP", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "status.podIP" } } },
            ],
        };

        var resolving = () => PodEnvironment.Resolve(container, new PodIdentity("node-0", "proppr", "10.1.2.3"), _ => "");

        resolving.Should().Throw<InvalidOperationException>().WithMessage("*$(POD_IP)*");
    }

    /// <summary>The variables meant for the host: all but the helpers other values refer to.</summary>
    private static Dictionary<string, string> Settings(V1Container container, IReadOnlyDictionary<string, string> environment)
    {
        var helpers = PodEnvironment.Referenced(container);
        return environment.Where(variable => !helpers.Contains(variable.Key)).ToDictionary();
    }
}
