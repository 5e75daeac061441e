using Akka.Hosting;
using Akka.Persistence.Sql.Config;
using Akka.Persistence.Sql.Hosting;
using Proppr.Actors.Fixtures;

namespace Proppr.Actors.Hosting;

public static class PersistenceHostingExtensions
{
    private const string Journal = "akka.persistence.journal.sql";
    private const string SnapshotStore = "akka.persistence.snapshot-store.sql";
    private const string Query = "akka.persistence.query.journal.sql";

    /// <summary>
    /// Akka.Persistence.Sql's journal, snapshot store and read journal on one database, through its hosting API: the
    /// default plugins (sharding's remember-entities store included), CSV tags, the bet-event tagger. What the hosting
    /// API cannot say (batch sizes, the dispatcher, the circuit breaker) stays in <c>akka.hocon</c>; the writers'
    /// parallelism depends on the database, so it is set here.
    /// The database is made ready first, before the actor system starts (<see cref="DatabaseSchema"/>), with
    /// <paramref name="moreTables"/> among the project's own tables.
    /// </summary>
    public static AkkaConfigurationBuilder WithPropprPersistence(this AkkaConfigurationBuilder builder, DatabaseOptions database, params string[] moreTables)
    {
        DatabaseSchema.Migrate(database, moreTables);
        var journal = new SqlJournalOptions(true)
        {
            ConnectionString = database.ConnectionString,
            ProviderName = database.Linq2DbProviderName,
            AutoInitialize = true,
            // Tags in a column of the event row rather than a tag table: every bet event is tagged, and a second row
            // per event halved the journal's write rate (docs/benchmarks.md).
            TagStorageMode = TagMode.Csv,
            ReadIsolationLevel = database.ReadIsolation,
            // The live bet feed and the read model follow the journal by polling: this is their worst-case lag.
            QueryRefreshInterval = TimeSpan.FromMilliseconds(200),
        };
        var snapshots = new SqlSnapshotOptions(true)
        {
            ConnectionString = database.ConnectionString,
            ProviderName = database.Linq2DbProviderName,
            AutoInitialize = true,
            ReadIsolationLevel = database.ReadIsolation,
        };
        return builder
            .WithSqlPersistence(journal, snapshots,
                journalBuilder: adapters => adapters.AddWriteEventAdapter<BetEventTagger>("bet-event-tagger", [typeof(IFixtureEvent)]))
            .AddHocon(string.Join('\n', new[] { Journal, SnapshotStore, Query }.Select(plugin => $"{plugin}.parallelism = {database.WriterParallelism}")),
                HoconAddMode.Prepend);
    }
}
