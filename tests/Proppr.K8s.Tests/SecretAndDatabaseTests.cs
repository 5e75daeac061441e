using k8s.Models;
using Npgsql;
using Proppr.Actors.Hosting;
using Proppr.K8s.Tests.Manifests;

namespace Proppr.K8s.Tests;

/// <summary>
/// Nodes read their database connection string and API token from one Secret, whose keys the prod template lists; dev
/// fills it for its own PostgreSQL, prod leaves it to the operator and runs no database.
/// </summary>
public sealed class SecretAndDatabaseTests
{
    private static readonly V1Secret Template = RenderedManifests.LoadFile(Overlay.SecretTemplatePath).All<V1Secret>().Single();

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public void Every_secret_the_proppr_pods_read_is_a_key_of_the_template(string name)
    {
        var overlay = Overlay.Named(name);
        var references = overlay.PropprTemplates.SelectMany(template => template.Spec.Containers)
            .SelectMany(container => container.Env)
            .Select(variable => variable.ValueFrom?.SecretKeyRef)
            .OfType<V1SecretKeySelector>()
            .ToArray();

        references.Select(key => key.Name).Should().AllBe(Template.Metadata.Name);
        references.Select(key => key.Key).Should().BeEquivalentTo(Template.StringData.Keys);
    }

    [Fact]
    public void Dev_fills_every_key_of_the_template()
    {
        Overlay.Named("dev").Manifests.Single<V1Secret>(Template.Metadata.Name).StringData.Keys.Should().BeEquivalentTo(Template.StringData.Keys);
    }

    [Fact]
    public void Dev_nodes_reach_the_dev_PostgreSQL_with_the_credentials_it_was_created_with()
    {
        var overlay = Overlay.Named("dev");
        var connection = new NpgsqlConnectionStringBuilder(overlay.NodeEnvironment()["Database__ConnectionString"]);
        var service = overlay.Manifests.Single<V1Service>("postgres");
        var postgres = overlay.Manifests.Single<V1StatefulSet>("postgres").Spec.Template.Spec.Containers.Single();
        var database = PodEnvironment.Resolve(postgres, new PodIdentity("postgres-0", overlay.Namespace, "10.1.4.0"), overlay.SecretValue);

        Enum.Parse<DatabaseProvider>(overlay.NodeEnvironment()["Database__Provider"]).Should().Be(DatabaseProvider.PostgreSql);
        connection.Host.Should().Be(service.Metadata.Name);
        connection.Port.Should().Be(service.Spec.Ports.Single().Port);
        postgres.Ports.Single(port => port.Name == service.Spec.Ports.Single().TargetPort.Value).ContainerPort.Should().Be(5432);
        (connection.Username, connection.Database, connection.Password).Should().Be(
            (database["POSTGRES_USER"], database["POSTGRES_DB"], database["POSTGRES_PASSWORD"]));
        postgres.Image.Should().Be("postgres:15");
    }

    [Fact]
    public void Prod_runs_no_database_and_carries_no_secret_value()
    {
        var overlay = Overlay.Named("prod");

        overlay.Manifests.All<V1StatefulSet>().Should().BeEmpty();
        overlay.Manifests.All<V1Secret>().Should().BeEmpty();
        Enum.Parse<DatabaseProvider>(overlay.NodeEnvironment()["Database__Provider"]).Should().Be(DatabaseProvider.PostgreSql);
        new NpgsqlConnectionStringBuilder(Template.StringData["database-connection-string"]).Host.Should().Be("REPLACE_ME");
    }
}
