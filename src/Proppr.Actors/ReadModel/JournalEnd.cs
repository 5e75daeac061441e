using Akka.Actor;
using Akka.Persistence.Sql;
using Proppr.Actors.Hosting;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// The offset of the newest event in the SQL journal: where a live feed starts, to pass on only what happens from
/// now on. The table and column come from the journal plugin's table mapping, so a configured name is respected.
/// </summary>
public sealed class JournalEnd(DatabaseOptions database, string table, string orderingColumn)
{
    public static JournalEnd For(ActorSystem system, DatabaseOptions database)
    {
        var journal = system.Settings.Config.GetConfig(SqlPersistence.JournalConfigPath)
            .WithFallback(SqlPersistence.Get(system).DefaultJournalConfig);
        var mapping = journal.GetConfig(journal.GetString("table-mapping"));
        var schema = mapping.GetString("schema-name");
        var table = mapping.GetString("journal.table-name");
        return new JournalEnd(
            database,
            string.IsNullOrEmpty(schema) ? table : $"{schema}.{table}",
            mapping.GetString("journal.columns.ordering"));
    }

    public async Task<long> OffsetAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // A fresh database has no journal table until the first event is written: its end is 0, not an error to log.
        await using (var exists = connection.Command(database.TableExistsQuery, ("table", table)))
        {
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken)) == 0)
            {
                return 0;
            }
        }
        await using var command = connection.Command($"SELECT COALESCE(MAX({orderingColumn}), 0) FROM {table}");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }
}
