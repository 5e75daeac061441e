using System.Diagnostics;
using Akka.Actor;
using Akka.Persistence;
using Akka.Serialization;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.TestSupport;

namespace Proppr.Bench;

/// <summary>
/// Events per second through Akka.Persistence.Sql (batches of 100 from one persistent actor, as a fixture writes a
/// round) against raw batched inserts of the same payloads into the same database, in the same run.
/// </summary>
public sealed class JournalEfficiencyScenario : IScenario
{
    private const int BatchSize = 100;

    public string Name => "journal";

    public async Task<IReadOnlyList<Figure>> RunAsync(BenchOptions options)
    {
        var figures = new List<Figure>();
        foreach (var provider in options.Databases)
        {
            await TestDatabases.UseAsync(provider, async database =>
            {
                await using var node = await TestNode.StartAsync(database, BenchNode.Quiet);
                var events = BurstBets.For(1, options.JournalEvents).Select(bet => new BetTracked(1, bet)).ToArray();
                var journal = await JournalRateAsync(node.System, events);
                var payload = node.System.Serialization.FindSerializerFor(events[0]).ToBinary(events[0]);
                var raw = await RawInsertRateAsync(database, payload, options.JournalEvents, indexed: false);
                var rawIndexed = await RawInsertRateAsync(database, payload, options.JournalEvents, indexed: true);
                figures.Add(new Figure(Name, $"journal events/s ({provider})", journal, "ev/s", raw, "journal >= 70 % of raw"));
                figures.Add(new Figure(Name, $"raw batched inserts/s ({provider})", raw, "rows/s"));
                figures.Add(new Figure(Name, $"raw batched inserts/s, the journal's indexes ({provider})", rawIndexed, "rows/s", raw));
                figures.Add(new Figure(Name, $"our part of a journal write, us per event ({provider})", OurMicrosPerEvent(node.System, events), "us",
                    1e6 / journal));
            });
        }
        return figures;
    }

    private static async Task<double> JournalRateAsync(ActorSystem system, BetTracked[] events)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        system.ActorOf(Props.Create(() => new BatchWriter(events, done)));
        await done.Task;
        return events.Length / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// What Proppr adds to each journal write, on one thread: the tagger and the serializer (payload and manifest),
    /// against the journal's whole time per event in the same run (the baseline).
    /// </summary>
    private static double OurMicrosPerEvent(ActorSystem system, BetTracked[] events)
    {
        var tagger = new BetEventTagger();
        var serializer = (SerializerWithStringManifest)system.Serialization.FindSerializerFor(events[0]);
        var clock = Stopwatch.StartNew();
        foreach (var e in events)
        {
            _ = tagger.ToJournal(e);
            _ = serializer.Manifest(e);
            _ = serializer.ToBinary(e);
        }
        return clock.Elapsed.TotalMicroseconds / events.Length;
    }

    /// <param name="indexed">
    /// With the secondary indexes the plugin's journal table has (unique persistence id and sequence number, created,
    /// sequence number): how much of the gap to the journal is the schema's, not the plugin's code.
    /// </param>
    private static async Task<double> RawInsertRateAsync(DatabaseOptions database, byte[] payload, int rows, bool indexed)
    {
        var table = indexed ? "raw_indexed" : "raw_events";
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            $"CREATE TABLE {table} (ordering BIGINT PRIMARY KEY, created BIGINT NOT NULL, persistence_id TEXT NOT NULL, sequence_nr BIGINT NOT NULL, manifest TEXT, message BYTEA)"
                .Replace("BYTEA", database.Provider == DatabaseProvider.Sqlite ? "BLOB" : "BYTEA", StringComparison.Ordinal),
            CancellationToken.None);
        if (indexed)
        {
            foreach (var index in new[] { "UNIQUE INDEX raw_uq ON raw_indexed (persistence_id, sequence_nr)", "INDEX raw_created ON raw_indexed (created)", "INDEX raw_seq ON raw_indexed (sequence_nr)" })
            {
                await connection.ExecuteAsync($"CREATE {index}", CancellationToken.None);
            }
        }
        var clock = Stopwatch.StartNew();
        for (var start = 0; start < rows; start += BatchSize)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var values = string.Join(",", Enumerable.Range(start, BatchSize).Select(i => $"({i}, {DateTime.UtcNow.Ticks}, 'raw', {i}, 'fx-ev-tracked', @p{i - start})"));
            await using var command = connection.Command($"INSERT INTO {table} VALUES {values}",
                [.. Enumerable.Range(0, BatchSize).Select(i => ($"p{i}", (object?)payload))]);
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        return rows / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Writes its events in batches, one <c>PersistAll</c> at a time, as a fixture persists a grading round.</summary>
    private sealed class BatchWriter : ReceivePersistentActor
    {
        private readonly BetTracked[] _events;
        private readonly TaskCompletionSource _done;
        private int _written;

        public BatchWriter(BetTracked[] events, TaskCompletionSource done)
        {
            _events = events;
            _done = done;
            Recover<BetTracked>(_ => { });
            Recover<RecoveryCompleted>(_ => WriteNextBatch());
        }

        public override string PersistenceId => "bench-journal";

        private void WriteNextBatch()
        {
            var batch = _events.Skip(_written).Take(BatchSize).ToArray();
            var remaining = batch.Length;
            PersistAll(batch, _ =>
            {
                _written++;
                if (--remaining > 0)
                {
                    return;
                }
                if (_written == _events.Length)
                {
                    _done.SetResult();
                }
                else
                {
                    WriteNextBatch();
                }
            });
        }
    }
}
