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
    public Task Both_databases_run_the_sql_plugins_of_the_hosting_api_with_what_akka_hocon_adds(
        DatabaseProvider provider, string linq2DbProvider, int parallelism, string readIsolation) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            await using var node = await TestNode.StartAsync(database, _ => { });
            var config = node.System.Settings.Config;

            config.GetString("akka.persistence.journal.plugin").Should().Be("akka.persistence.journal.sql");
            config.GetString("akka.persistence.snapshot-store.plugin").Should().Be("akka.persistence.snapshot-store.sql");
            config.GetString("akka.persistence.journal.sql.class").Should().Be("Akka.Persistence.Sql.Journal.SqlWriteJournal, Akka.Persistence.Sql");
            config.GetString("akka.persistence.snapshot-store.sql.class").Should().Be("Akka.Persistence.Sql.Snapshot.SqlSnapshotStore, Akka.Persistence.Sql");
            config.GetString("akka.persistence.journal.sql.tag-write-mode").Should().Be("Csv");
            config.GetString("akka.persistence.query.journal.sql.tag-read-mode").Should().Be("Csv");
            config.GetString("akka.persistence.journal.sql.event-adapters.bet-event-tagger").Should().StartWith("Proppr.Actors.Fixtures.BetEventTagger, Proppr.Actors");
            config.GetConfig("akka.persistence.journal.sql.event-adapter-bindings").AsEnumerable().Should().ContainSingle(binding =>
                binding.Key.StartsWith("Proppr.Actors.Fixtures.IFixtureEvent, Proppr.Actors") && binding.Value.ToString().Contains("bet-event-tagger"));
            foreach (var plugin in new[] { "akka.persistence.journal.sql", "akka.persistence.snapshot-store.sql", "akka.persistence.query.journal.sql" })
            {
                config.GetString($"{plugin}.provider-name").Should().Be(linq2DbProvider);
                config.GetString($"{plugin}.connection-string").Should().Be(database.ConnectionString);
                config.GetInt($"{plugin}.parallelism").Should().Be(parallelism);
            }
            config.GetString("akka.persistence.journal.sql.read-isolation-level").Should().Be(readIsolation);
            config.GetString("akka.persistence.snapshot-store.sql.read-isolation-level").Should().Be(readIsolation);
            // What the hosting API cannot say, from akka.hocon.
            config.GetString("akka.persistence.journal.sql.plugin-dispatcher").Should().Be("akka.actor.default-dispatcher");
            config.GetTimeSpan("akka.persistence.journal.sql.circuit-breaker.call-timeout").Should().Be(TimeSpan.FromSeconds(30));
            config.GetTimeSpan("akka.persistence.query.journal.sql.journal-sequence-retrieval.query-delay").Should().Be(TimeSpan.FromMilliseconds(100));
        });
}
