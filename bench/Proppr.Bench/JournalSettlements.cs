using System.Diagnostics;
using System.Globalization;
using Akka.Actor;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Serialization;

namespace Proppr.Bench;

/// <summary>
/// First settlements durable in the journal table after an ordering, whatever event holds them: a grading round's
/// event carries many, an older per-bet event one. A row is counted when it is first seen; its payload is read after
/// the clock is taken, so reading it is not timed.
/// </summary>
public sealed class JournalSettlements(ActorSystem system, DatabaseOptions database, long after)
{
    private const string Manifests = "('fx-ev-round-settled', 'fx-ev-settled')";

    private readonly HashSet<long> _counted = [];
    private long _settled;

    /// <summary>Waits until <paramref name="count"/> first settlements are in the journal; answers the elapsed time of <paramref name="clock"/> when they were.</summary>
    public async Task<TimeSpan> WaitForAsync(int count, Stopwatch clock)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var seenAt = clock.Elapsed;
            var fresh = await NewRowsAsync();
            _settled += await FirstSettlementsAsync(fresh);
            if (_settled >= count)
            {
                return seenAt;
            }
            if (deadline.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException($"only {_settled} of {count} settlements reached the journal");
            }
            await Task.Delay(2);
        }
    }

    private async Task<List<long>> NewRowsAsync()
    {
        // Orderings, not "after the last one seen": on PostgreSQL a lower ordering can commit after a higher one.
        var rows = await database.QueryAsync(
            $"SELECT ordering FROM journal WHERE ordering > @from AND manifest IN {Manifests}",
            reader => reader.GetInt64(0), CancellationToken.None, ("from", after));
        return [.. rows.Where(_counted.Add)];
    }

    private async Task<long> FirstSettlementsAsync(List<long> orderings)
    {
        if (orderings.Count == 0)
        {
            return 0;
        }
        var events = await database.QueryAsync(
            $"SELECT manifest, message FROM journal WHERE ordering IN ({string.Join(",", orderings.Select(o => o.ToString(CultureInfo.InvariantCulture)))})",
            reader => (IBetEvent)system.Serialization.Deserialize((byte[])reader.GetValue(1), PropprSerializer.Id, reader.GetString(0)),
            CancellationToken.None);
        return events.Sum(e => e.Changes().Count(change => change is SettlementChange { Resettled: false }));
    }
}
