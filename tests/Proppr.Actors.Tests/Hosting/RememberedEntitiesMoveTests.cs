using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;

namespace Proppr.Actors.Tests.Hosting;

/// <summary>
/// A database written by a node of the older layout (sharding's remember-entities store in plugins and tables of its
/// own) keeps what its shards remembered when a node of the current layout starts on it.
/// </summary>
public sealed class RememberedEntitiesMoveTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_fixture_remembered_in_the_old_tables_restarts_by_itself_after_the_upgrade(DatabaseProvider provider) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            var before = new ScriptedMatchData();
            await using (var old = await TestNode.StartAsync(database, akka =>
            {
                akka.AddHocon(OldLayout(database), HoconAddMode.Prepend);
                akka.AddFixtureSharding(FixtureSettings.Default, _ => before);
            }))
            {
                await old.Required<FixtureRegion>().Ask<BetsTracked>(new TrackBets(FixtureId, [OverTwoAndAHalfGoals]), TimeSpan.FromSeconds(30));
                await Eventually.HoldsAsync(async () =>
                    (await database.CountAsync("SELECT COUNT(*) FROM sharding_journal WHERE persistence_id LIKE '/sharding/fixtureShard%'"))
                        .Should().BePositive("the old layout remembers the fixture in its own table"));
            }

            var after = new ScriptedMatchData();
            await using var upgraded = await TestNode.StartAsync(database, akka => akka.AddFixtureSharding(FixtureSettings.Default, _ => after));

            // Nothing is sent to the fixture: only the remembered entity, restarted by its shard, polls its match.
            await Eventually.HoldsAsync(() => after.Fetches(FixtureId).Should().BePositive("the remembered fixture restarted on its own"));
            (await database.CountAsync(database.TableExistsQuery, ("table", "sharding_journal"))).Should().Be(0, "the old tables are dropped once moved");
            (await database.CountAsync("SELECT COUNT(*) FROM journal WHERE persistence_id LIKE '/sharding/fixtureShard%'")).Should().BePositive();
        });

    [Fact]
    public void A_database_without_the_old_tables_has_nothing_to_move()
    {
        using var database = new TempDatabaseFile();

        RememberedEntitiesMove.Run(database.Options).Should().Be(0);
    }

    /// <summary>The sharding plugins as <c>akka.hocon</c> had them before 7 December 2026.</summary>
    private static string OldLayout(DatabaseOptions database)
    {
        var connection = $"connection-string = \"{database.ConnectionString.Replace("\\", "\\\\").Replace("\"", "\\\"")}\", provider-name = \"{database.Linq2DbProviderName}\"";
        return $$"""
            akka.cluster.sharding.journal-plugin-id = "akka.persistence.journal.sharding"
            akka.cluster.sharding.snapshot-plugin-id = "akka.persistence.snapshot-store.sharding"
            akka.persistence.journal.sharding {
              class = "Akka.Persistence.Sql.Journal.SqlWriteJournal, Akka.Persistence.Sql"
              plugin-dispatcher = "akka.actor.default-dispatcher"
              auto-initialize = true
              tag-write-mode = TagTable
              default.journal.table-name = "sharding_journal"
              default.tag.table-name = "sharding_tags"
              default.metadata.table-name = "sharding_journal_metadata"
              {{connection}}
            }
            akka.persistence.snapshot-store.sharding {
              class = "Akka.Persistence.Sql.Snapshot.SqlSnapshotStore, Akka.Persistence.Sql"
              plugin-dispatcher = "akka.actor.default-dispatcher"
              auto-initialize = true
              default.snapshot.table-name = "sharding_snapshot"
              {{connection}}
            }
            """;
    }
}
