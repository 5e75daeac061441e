using System.Globalization;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;

namespace Proppr.Actors.Tests.Hosting;

/// <summary>
/// What a node actually runs with once the host has merged <c>akka.hocon</c> with its own settings: the fixture
/// region's sharding settings, and the Akka.Persistence.Sql plugins for either database.
/// </summary>
public sealed class FixtureShardingHostingTests
{
    [Fact]
    public async Task The_fixture_region_runs_on_role_proppr_with_ddata_coordination_and_entities_remembered_in_the_journal()
    {
        using var database = new TempDatabaseFile();
        var matchData = new ScriptedMatchData();
        await using var node = await TestNode.StartAsync(database.Options, akka => akka.AddFixtureSharding(FixtureSettings.Default, _ => matchData));

        var settings = ClusterShardingSettings.Create(node.System);
        settings.Role.Should().Be(ClusterRoles.Proppr);
        settings.StateStoreMode.Should().Be(StateStoreMode.DData);
        settings.RememberEntities.Should().BeTrue();
        settings.RememberEntitiesStore.Should().Be(RememberEntitiesStore.Eventsourced);
        settings.JournalPluginId.Should().Be("akka.persistence.journal.sql", "a second plugin would be a second writer on SQLite");
        settings.SnapshotPluginId.Should().Be("akka.persistence.snapshot-store.sql");
        ClusterSharding.Get(node.System).ShardTypeNames.Should().Contain(FixtureRegion.TypeName);

        await node.Required<FixtureRegion>().Ask<BetsTracked>(new TrackBets(FixtureId, [OverTwoAndAHalfGoals]), TimeSpan.FromSeconds(30));

        await Eventually.HoldsAsync(async () =>
            (await database.Options.CountAsync("SELECT COUNT(*) FROM journal WHERE persistence_id LIKE '/sharding/fixtureShard%'"))
                .Should().BePositive("the started fixture is remembered in the journal"));
    }

    [Fact]
    public void A_fixtures_shard_follows_from_its_id_alone_and_stays_within_the_fixed_shard_count()
    {
        var extractor = new FixtureMessageExtractor();
        string ShardOf(IWithFixtureId message) => extractor.ShardId(extractor.EntityId(message)!, message);

        ShardOf(new GetFixture(FixtureId)).Should().Be(ShardOf(new TrackBets(FixtureId, [OverTwoAndAHalfGoals])));
        ShardOf(new GetFixture(FixtureId)).Should().Be("51", "a remembered fixture must find its shard again after an upgrade");
        Enumerable.Range(1, 1000).Select(id => int.Parse(ShardOf(new GetFixture(id)), CultureInfo.InvariantCulture))
            .Should().OnlyContain(shard => shard >= 0 && shard < FixtureMessageExtractor.ShardCount);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "SQLite.MS", 1, "read-uncommitted")]
    [InlineData(DatabaseProvider.PostgreSql, "PostgreSQL.15", 3, "unspecified")]
    public void Both_databases_use_the_sql_plugins_of_akka_hocon_with_only_the_connection_set_by_the_host(
        DatabaseProvider provider, string linq2DbProvider, int parallelism, string readIsolation)
    {
        var config = PersistenceHostingExtensions.PersistenceConfig(new DatabaseOptions(provider, "Host=db;Database=proppr"))
            .WithFallback(PropprConfig.Load());

        config.GetString("akka.persistence.journal.plugin").Should().Be("akka.persistence.journal.sql");
        config.GetString("akka.persistence.snapshot-store.plugin").Should().Be("akka.persistence.snapshot-store.sql");
        config.GetString("akka.persistence.journal.sql.class").Should().Be("Akka.Persistence.Sql.Journal.SqlWriteJournal, Akka.Persistence.Sql");
        config.GetString("akka.persistence.snapshot-store.sql.class").Should().Be("Akka.Persistence.Sql.Snapshot.SqlSnapshotStore, Akka.Persistence.Sql");
        foreach (var plugin in new[] { "akka.persistence.journal.sql", "akka.persistence.snapshot-store.sql", "akka.persistence.query.journal.sql" })
        {
            config.GetString($"{plugin}.provider-name").Should().Be(linq2DbProvider);
            config.GetString($"{plugin}.connection-string").Should().Be("Host=db;Database=proppr");
            config.GetInt($"{plugin}.parallelism").Should().Be(parallelism);
            config.GetString($"{plugin}.read-isolation-level").Should().Be(readIsolation);
        }
    }
}
