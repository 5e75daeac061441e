using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;

namespace Proppr.TestSupport;

/// <summary>What a run left in the journal, read the way production reads it (the SQL read journal) and raw.</summary>
public static class JournalReader
{
    public static async Task<IReadOnlyList<object>> EventsAsync(ActorSystem system, string persistenceId)
    {
        var journal = PersistenceQuery.Get(system).ReadJournalFor<SqlReadJournal>("akka.persistence.query.journal.sql");
        var envelopes = await journal.CurrentEventsByPersistenceId(persistenceId, 0, long.MaxValue)
            .RunAggregate(new List<object>(), (events, envelope) =>
            {
                events.Add(envelope.Event);
                return events;
            }, system.Materializer());
        return envelopes;
    }

    /// <summary>Every event written with <paramref name="tag"/> so far, in tag order, as a projection reads them.</summary>
    public static async Task<IReadOnlyList<object>> EventsByTagAsync(ActorSystem system, string tag)
    {
        var journal = PersistenceQuery.Get(system).ReadJournalFor<SqlReadJournal>("akka.persistence.query.journal.sql");
        return await journal.CurrentEventsByTag(tag, Offset.NoOffset())
            .RunAggregate(new List<object>(), (events, envelope) =>
            {
                events.Add(envelope.Event);
                return events;
            }, system.Materializer());
    }

    /// <summary>The id of every bet tracking the journal holds, once per time it was tracked, whatever event carried it.</summary>
    public static async Task<IReadOnlyList<string>> TrackedBetIdsAsync(ActorSystem system) =>
        [.. (await EventsByTagAsync(system, "bets")).OfType<IBetEvent>()
            .SelectMany(e => e.Changes()).OfType<BetTrackedChange>().Select(tracked => tracked.BetId)];

    /// <summary>The serializer id of every row in the journal (sharding's too): Newtonsoft's id 1 would mean an unbound type slipped through.</summary>
    public static async Task<IReadOnlyDictionary<int, long>> SerializerIdsAsync(DatabaseOptions database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var counts = new Dictionary<int, long>();
        await using var command = connection.Command("SELECT identifier, COUNT(*) FROM journal GROUP BY identifier");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)] = reader.GetInt64(1);
        }
        return counts;
    }

    public static Task<long> SnapshotCountAsync(DatabaseOptions database, string persistenceId) =>
        database.CountAsync("SELECT COUNT(*) FROM snapshot WHERE persistence_id = @id", ("id", persistenceId));
}
