using Proppr.Actors.Betting.Players;
using Proppr.Actors.Ledger;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds.History;
using Proppr.Actors.ReadModel;
using Proppr.Actors.ReadModel.Clients;
using Proppr.Actors.Stats;

namespace Proppr.Actors.Hosting;

/// <summary>
/// The one step that makes a database ready, run before the actor system starts: SQLite's write-ahead log, an older
/// layout's remembered entities moved (<see cref="RememberedEntitiesMove"/>), and every table of the project's own
/// (read model, odds history, stats, ledger, fixture and player mappings, client categories, and what the caller
/// adds). The journal's and snapshot store's tables stay the plugin's (it creates them when it starts). Stores then
/// never ask whether their tables exist, and the API answers (empty) before the projection or the stats pipeline have
/// run anywhere.
/// </summary>
public static class DatabaseSchema
{
    /// <summary>
    /// Held for the transaction on PostgreSQL: nodes starting together would otherwise race on <c>CREATE TABLE IF NOT
    /// EXISTS</c>, which PostgreSQL does not make safe against itself. SQLite's <c>BEGIN IMMEDIATE</c> serialises them.
    /// </summary>
    private const long PostgresLock = 0x50726f707072; // "Proppr"

    private static readonly string[] OwnTables =
    [
        .. BetReadModelStore.Create,
        .. StatsSchema.Create,
        .. LedgerStore.Create,
        .. FixtureMappingStore.Create,
        .. PlayerMappingStore.Create,
        .. ClientCategoryStore.Create,
        .. OddsHistorySchema.Create,
    ];

    /// <param name="more">Tables of the host's own (the node's bet id claims), created in the same transaction.</param>
    public static void Migrate(DatabaseOptions database, params string[] more)
    {
        SqliteWriteAheadLog.Enable(database);
        RememberedEntitiesMove.Run(database);
        using (var connection = database.CreateConnection())
        {
            connection.Open();
            using var transaction = connection.BeginTransaction();
            var statements = database.Provider == DatabaseProvider.PostgreSql
                ? [$"SELECT pg_advisory_xact_lock({PostgresLock})", .. OwnTables, .. more]
                : OwnTables.Concat(more);
            foreach (var statement in statements)
            {
                using var command = connection.Command(statement);
                command.Transaction = transaction;
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        database.ForgetCachedSchemas();
    }
}
