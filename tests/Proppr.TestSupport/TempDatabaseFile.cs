using Proppr.Actors.Hosting;

namespace Proppr.TestSupport;

/// <summary>A SQLite file in a fresh temporary folder, removed on dispose: the embedded default, for one test.</summary>
public sealed class TempDatabaseFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("proppr-test-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "proppr.db");

    public DatabaseOptions Options => DatabaseOptions.SqliteFile(Path);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
