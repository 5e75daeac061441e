using System.Data.Common;

namespace Proppr.Actors.Hosting;

/// <summary>
/// Sharding's remember-entities store (which shards and fixtures were running) once had a journal plugin and tables
/// of its own (<c>sharding_journal</c>, <c>sharding_snapshot</c>); it now writes to the main journal and snapshot
/// store, so SQLite has one writer (docs/decisions/2026-12-07-one-writer-for-sqlite.md). A database written before
/// keeps what its shards remembered: before the actor system starts, this copies those rows into the main tables
/// and drops the old ones, in one transaction, once (a step of <see cref="DatabaseSchema"/>, which then clears
/// SQLite's cached schemas). Without it a node upgraded mid-match would not restart its fixtures until something
/// else woke them.
/// </summary>
public static class RememberedEntitiesMove
{
    private const string OldJournal = "sharding_journal";
    private const string OldSnapshots = "sharding_snapshot";

    /// <summary>Moves the old tables' rows, if there are old tables; answers how many rows were copied.</summary>
    public static int Run(DatabaseOptions database)
    {
        using var connection = database.CreateConnection();
        connection.Open();
        // The main tables exist wherever the old ones do: the journal and snapshot plugins create them at start.
        if (!Exists(connection, database, OldJournal) || !Exists(connection, database, "journal") || !Exists(connection, database, "snapshot"))
        {
            return 0;
        }
        var oldSnapshots = Exists(connection, database, OldSnapshots);
        using var transaction = connection.BeginTransaction();
        var copied = Execute(connection, transaction, $"""
            INSERT INTO journal (created, deleted, persistence_id, sequence_number, message, manifest, identifier, writer_uuid)
            SELECT created, deleted, persistence_id, sequence_number, message, manifest, identifier, writer_uuid
            FROM {OldJournal} AS old
            WHERE NOT EXISTS (SELECT 1 FROM journal AS j WHERE j.persistence_id = old.persistence_id AND j.sequence_number = old.sequence_number)
            ORDER BY old.ordering
            """);
        if (oldSnapshots)
        {
            copied += Execute(connection, transaction, $"""
                INSERT INTO snapshot (persistence_id, sequence_number, created, snapshot, manifest, serializer_id)
                SELECT persistence_id, sequence_number, created, snapshot, manifest, serializer_id
                FROM {OldSnapshots} AS old
                WHERE NOT EXISTS (SELECT 1 FROM snapshot AS s WHERE s.persistence_id = old.persistence_id AND s.sequence_number = old.sequence_number)
                """);
        }
        foreach (var table in new[] { "sharding_tags", OldJournal, "sharding_journal_metadata", OldSnapshots })
        {
            Execute(connection, transaction, $"DROP TABLE IF EXISTS {table}");
        }
        transaction.Commit();
        return copied;
    }

    private static bool Exists(DbConnection connection, DatabaseOptions database, string table)
    {
        using var command = connection.Command(database.TableExistsQuery, ("table", table));
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    private static int Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.Command(sql);
        command.Transaction = transaction;
        return command.ExecuteNonQuery();
    }
}
