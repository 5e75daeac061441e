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
}
