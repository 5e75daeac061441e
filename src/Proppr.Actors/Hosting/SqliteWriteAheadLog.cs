using Microsoft.Data.Sqlite;

namespace Proppr.Actors.Hosting;

/// <summary>
/// Puts a SQLite database in write-ahead-log mode (a setting stored in the file, so once is enough). In the default
/// rollback mode every commit writes and syncs a journal file beside the database; in WAL mode a commit appends and
/// syncs once, and readers (the projection, the API) no longer wait for the writer. A full-time burst over a hundred
/// fixtures took half the time (docs/benchmarks.md). Commits stay fully synchronous: a settlement is on disk when
/// its fixture confirms it.
/// </summary>
public static class SqliteWriteAheadLog
{
    public static void Enable(DatabaseOptions database)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        command.ExecuteNonQuery();
    }
}
