using Akka.Configuration;
using Akka.Hosting;

namespace Proppr.Actors.Hosting;

public static class PersistenceHostingExtensions
{
    private static readonly string[] PluginPaths =
    [
        "akka.persistence.journal.sql",
        "akka.persistence.snapshot-store.sql",
        "akka.persistence.query.journal.sql",
    ];

    /// <summary>
    /// Points every Akka.Persistence.Sql plugin of <c>akka.hocon</c> (journal, snapshots, query) at one database. The
    /// plugin classes and tuning stay in <c>akka.hocon</c>; only the connection varies.
    /// The database is made ready first, before the actor system starts (<see cref="DatabaseSchema"/>), with
    /// <paramref name="moreTables"/> among the project's own tables.
    /// </summary>
    public static AkkaConfigurationBuilder WithPropprPersistence(this AkkaConfigurationBuilder builder, DatabaseOptions database, params string[] moreTables)
    {
        DatabaseSchema.Migrate(database, moreTables);
        return builder.AddHocon(PersistenceConfig(database), HoconAddMode.Prepend);
    }

    public static Config PersistenceConfig(DatabaseOptions database)
    {
        var connection = Quote(database.ConnectionString);
        var hocon = string.Join('\n', PluginPaths.Select(path =>
            $"{path} {{ connection-string = {connection}, provider-name = \"{database.Linq2DbProviderName}\", parallelism = {database.WriterParallelism}, read-isolation-level = {database.ReadIsolationLevel} }}"));
        return ConfigurationFactory.ParseString(hocon);
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
