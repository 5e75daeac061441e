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
    /// A SQLite file is put in write-ahead-log mode first (<see cref="SqliteWriteAheadLog"/>), and a database of the
    /// older layout has its remembered entities moved (<see cref="RememberedEntitiesMove"/>).
    /// </summary>
    public static AkkaConfigurationBuilder WithPropprPersistence(this AkkaConfigurationBuilder builder, DatabaseOptions database)
    {
        SqliteWriteAheadLog.Enable(database);
        RememberedEntitiesMove.Run(database);
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
