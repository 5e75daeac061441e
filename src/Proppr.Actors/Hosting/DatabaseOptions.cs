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

    /// <summary>A new, closed connection to the database (for the read model and mapping tables beside the journal).</summary>
    public DbConnection CreateConnection() => Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(ConnectionString),
        DatabaseProvider.PostgreSql => new NpgsqlConnection(ConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(Provider), Provider, null),
    };
}
