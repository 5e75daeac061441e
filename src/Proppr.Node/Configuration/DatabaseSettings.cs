using Proppr.Actors.Hosting;

namespace Proppr.Node.Configuration;

/// <summary>
/// The <c>Database</c> section: PostgreSQL when a provider and connection string are given, otherwise a SQLite file
/// in the data directory (the one-process default).
/// </summary>
public sealed record DatabaseSettings
{
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    public string? ConnectionString { get; init; }

    /// <summary>Where the SQLite file lives when no connection string is given.</summary>
    public string DataDirectory { get; init; } = "data";

    public DatabaseOptions ToOptions(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return new DatabaseOptions(Provider, ConnectionString);
        }
        if (Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"Database:ConnectionString is required for {Provider}.");
        }
        var directory = Path.GetFullPath(DataDirectory, contentRoot);
        Directory.CreateDirectory(directory);
        return DatabaseOptions.SqliteFile(Path.Combine(directory, "proppr.db"));
    }
}
