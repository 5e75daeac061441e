using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Proppr.Actors.Hosting;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Where the journal, snapshots and read model live: a SQLite file by default, PostgreSQL for a cluster.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseOptions SqliteFile(string path) => new(DatabaseProvider.Sqlite, $"Data Source={path}");

    /// <summary>The linq2db provider name Akka.Persistence.Sql wants (the most specific one, to skip detection).</summary>
    public string Linq2DbProviderName => Provider switch
    {
        DatabaseProvider.Sqlite => "SQLite.MS",
        DatabaseProvider.PostgreSql => "PostgreSQL.15",
        _ => throw new ArgumentOutOfRangeException(nameof(Provider), Provider, null),
    };

    /// <summary>SQLite allows one writer at a time, even in WAL mode; PostgreSQL takes a few.</summary>
    public int WriterParallelism => Provider == DatabaseProvider.Sqlite ? 1 : 3;

    /// <summary>
    /// The isolation level Akka.Persistence.Sql opens its read transactions with (recovery, snapshot loads, queries).
    /// Microsoft.Data.Sqlite begins a transaction of unspecified level as <c>BEGIN IMMEDIATE</c>, which takes the
    /// database's one write lock: every fixture's recovery then queued behind the writes and, finding the lock
    /// taken, slept 150 ms before trying again (a match day's fixtures took 300 ms each to start). Read-uncommitted
    /// is a plain deferred <c>BEGIN</c> there, a consistent snapshot in WAL mode (the pragma it also sets only
    /// matters for a shared cache). PostgreSQL keeps its default, read committed.
    /// </summary>
    public IsolationLevel? ReadIsolation => Provider == DatabaseProvider.Sqlite ? IsolationLevel.ReadUncommitted : null;

    /// <summary>Counts the tables named by the parameter <c>@table</c>: 1 if it exists, else 0.</summary>
    public string TableExistsQuery => Provider == DatabaseProvider.Sqlite
        ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table"
        : "SELECT COUNT(*) FROM (SELECT to_regclass(@table) AS found) AS t WHERE found IS NOT NULL";

    /// <summary>A new, closed connection to the database (for the read model and mapping tables beside the journal).</summary>
    public DbConnection CreateConnection() => Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(ConnectionString),
        DatabaseProvider.PostgreSql => new NpgsqlConnection(ConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(Provider), Provider, null),
    };
}
