using System.Diagnostics;
using Akka.Actor;
using Akka.Cluster.Hosting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Odds;
using Proppr.TestSupport;

namespace Proppr.Bench;

/// <summary>
/// Odds ticks through the fixture region (sharding on one node) to many fixture actors, each updating its book
/// (drops, value bets, closing prices), against local <c>Tell</c> to plain actors measured in the same run. More
/// figures show where the time goes: the same ticks through a shard region whose entities drop them (routing alone),
/// the fixtures' book rules applying them on one thread with no actors (the book alone), the ticks in messages of
/// <see cref="TicksPerMessage"/> as the feed sends the updates of one event that arrive together, and the bytes
/// allocated per tick, by the book rules on their thread and by the whole process through the fixtures.
/// </summary>
public sealed class TicksScenario : IScenario
{
    /// <summary>A frame from the feed often carries both books of an event (sharp and soft): two ticks, one message.</summary>
    public const int TicksPerMessage = 2;

    private const int BookAlonePasses = 3;

    private static readonly TimeSpan AskTimeout = TimeSpan.FromMinutes(1);

    public string Name => "ticks";

    public async Task<IReadOnlyList<Figure>> RunAsync(BenchOptions options)
    {
        Measured throughFixtures = default, batched = default, routingAlone = default;
        await TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            // No match data: the fixtures only take odds here, and retry their first poll rarely.
            var settings = BenchNode.FastFixtures with { RetryInterval = TimeSpan.FromHours(1) };
            await using var node = await BenchNode.StartAsync(database, settings, new ScriptedMatchData(), akka => akka.WithShardRegion<RoutingSink>(
                RoutingSink.TypeName, _ => Props.Create<RoutingSink>(), new FixtureMessageExtractor(), new ShardOptions()));
            throughFixtures = await MeasureAsync(node.Required<FixtureRegion>(), options.TickFixtures, options.Ticks, 1);
            batched = await MeasureAsync(node.Required<FixtureRegion>(), options.TickFixtures, options.Ticks, TicksPerMessage);
            routingAlone = await MeasureAsync(node.Required<RoutingSink>(), options.TickFixtures, options.Ticks, 1);
        });
        var bookAlone = BookAlone(options.TickFixtures, options.Ticks);
        var bare = await BareTellScenario.MeasureAsync(options.BareMessages);
        return
        [
            new Figure(Name, $"ticks/s over {options.TickFixtures} fixtures", throughFixtures.TicksPerSecond, "ticks/s", bare, ">= 100k ticks/s and >= 30 % of bare"),
            new Figure(Name, "sharded routing alone (no fixture)", routingAlone.TicksPerSecond, "ticks/s", bare),
            new Figure(Name, "book rules alone (1 thread, no actors)", bookAlone.TicksPerSecond, "ticks/s"),
            new Figure(Name, "bare tell (same run)", bare, "msg/s"),
            new Figure(Name, "through fixtures per book-alone tick/s", throughFixtures.TicksPerSecond / bookAlone.TicksPerSecond, "x",
                Target: ">= 1.5 (both cores used)"),
            new Figure(Name, $"batched: {TicksPerMessage} ticks per message, ticks/s", batched.TicksPerSecond, "ticks/s", throughFixtures.TicksPerSecond),
            new Figure(Name, "allocated per tick, book rules alone (steady)", bookAlone.BytesPerTick, "bytes", Target: "0"),
            new Figure(Name, "allocated per tick through fixtures (process)", throughFixtures.BytesPerTick, "bytes"),
        ];
    }

    /// <summary>
    /// Ticks per second from one sender per core, until every entity has taken all of its ticks, and the bytes the whole
    /// process allocated meanwhile per tick (messages built beforehand; routing, mailboxes, signals and the books count).
    /// </summary>
    private static async Task<Measured> MeasureAsync(IActorRef region, int fixtures, int ticks, int ticksPerMessage)
    {
        var kickoff = DateTimeOffset.UtcNow.AddHours(2);
        var at = DateTimeOffset.UtcNow;
        var fixtureIds = FixtureIds(fixtures);
        // Start every entity (recovery, remember-entities) before the clock runs.
        foreach (var id in fixtureIds)
        {
            region.Tell(OddsTicks.For(id, 0, kickoff, at));
        }
        await AllAppliedAsync(region, fixtureIds);

        var senders = Environment.ProcessorCount;
        var perFixture = ticks / fixtures / ticksPerMessage * ticksPerMessage;
        var batches = Enumerable.Range(0, senders)
            .Select(s => fixtureIds.Where((_, i) => i % senders == s).ToArray())
            .Select(mine => Enumerable.Range(0, perFixture / ticksPerMessage)
                .SelectMany(message => mine.Select(id => OddsTicks.Batch(id, 1 + message * ticksPerMessage, ticksPerMessage, kickoff, at)))
                .ToArray())
            .ToArray();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(batches.Select(batch => Task.Run(() =>
        {
            foreach (var message in batch)
            {
                region.Tell(message);
            }
        })));
        await AllAppliedAsync(region, fixtureIds);
        var elapsed = clock.Elapsed;
        var sent = (double)fixtures * perFixture;
        return new Measured(sent / elapsed.TotalSeconds, (GC.GetTotalAllocatedBytes() - allocatedBefore) / sent);
    }

    /// <summary>
    /// A tick as the book rules took it before fixtures announced in intervals (<see cref="OddsOptions.SignalEvery"/>):
    /// applied, then its value bets looked for. Kept as the baseline so the ratio stays comparable across runs.
    /// </summary>
    private static void ApplyAsBefore(FixtureOdds odds, ApplyOdds message, DateTimeOffset at)
    {
        odds.Apply(message, null, at);
        odds.Book!.TakeNewValueBets(at);
    }

    /// <summary>
    /// The same ticks applied to one book per fixture in turn, on this thread: the rules' own cost, and the bytes they
    /// allocate per tick once the books are warm (the first half of the ticks makes the outcomes and fills the drop
    /// histories; the second half is measured). The second half runs <see cref="BookAlonePasses"/> times and the
    /// fastest pass counts: a single pass sometimes ran before the JIT had optimised the loop (52k against 400k ticks/s).
    /// </summary>
    private static Measured BookAlone(int fixtures, int ticks)
    {
        var kickoff = DateTimeOffset.UtcNow.AddHours(2);
        var at = DateTimeOffset.UtcNow;
        var books = Enumerable.Range(0, fixtures).Select(_ => new FixtureOdds(new OddsOptions())).ToArray();
        var messages = Enumerable.Range(0, ticks).Select(i => OddsTicks.For(i % fixtures, i / fixtures, kickoff, at)).ToArray();
        var warm = ticks / 2;
        for (var i = 0; i < warm; i++)
        {
            ApplyAsBefore(books[i % fixtures], messages[i], at);
        }
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var fastest = TimeSpan.MaxValue;
        for (var pass = 0; pass < BookAlonePasses; pass++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = warm; i < ticks; i++)
            {
                ApplyAsBefore(books[i % fixtures], messages[i], at);
            }
            fastest = clock.Elapsed < fastest ? clock.Elapsed : fastest;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var measured = ticks - warm;
        return new Measured(measured / fastest.TotalSeconds, (double)allocated / (measured * BookAlonePasses));
    }

    private static long[] FixtureIds(int fixtures) => [.. Enumerable.Range(1, fixtures).Select(i => 20_000L + i)];

    /// <summary>A query queues behind the ticks on the same path (region, shard, entity), so its answer means they are taken.</summary>
    private static Task AllAppliedAsync(IActorRef region, IEnumerable<long> fixtureIds) =>
        Task.WhenAll(fixtureIds.Select(id => region.Ask<object>(new GetFixtureOdds(id), AskTimeout)));

    private readonly record struct Measured(double TicksPerSecond, double BytesPerTick);
}
