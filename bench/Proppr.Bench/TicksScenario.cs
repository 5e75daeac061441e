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
/// (drops, value bets, closing prices), against local <c>Tell</c> to plain actors measured in the same run. Two more
/// figures show where the time goes: the same ticks through a shard region whose entities drop them (routing alone),
/// and the fixtures' book rules applying them on one thread with no actors (the book alone).
/// </summary>
public sealed class TicksScenario : IScenario
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromMinutes(1);

    public string Name => "ticks";

    public async Task<IReadOnlyList<Figure>> RunAsync(BenchOptions options)
    {
        double throughFixtures = 0, routingAlone = 0;
        await TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            // No match data: the fixtures only take odds here, and retry their first poll rarely.
            var settings = BenchNode.FastFixtures with { RetryInterval = TimeSpan.FromHours(1) };
            await using var node = await BenchNode.StartAsync(database, settings, new ScriptedMatchData(), akka => akka.WithShardRegion<RoutingSink>(
                RoutingSink.TypeName, _ => Props.Create<RoutingSink>(), new FixtureMessageExtractor(), new ShardOptions()));
            throughFixtures = await MeasureAsync(node.Required<FixtureRegion>(), options.TickFixtures, options.Ticks);
            routingAlone = await MeasureAsync(node.Required<RoutingSink>(), options.TickFixtures, options.Ticks);
        });
        var bookAlone = BookAlone(options.TickFixtures, options.Ticks);
        var bare = await BareTellScenario.MeasureAsync(options.BareMessages);
        return
        [
            new Figure(Name, $"ticks/s over {options.TickFixtures} fixtures", throughFixtures, "ticks/s", bare, ">= 100k ticks/s and >= 30 % of bare"),
            new Figure(Name, "sharded routing alone (no fixture)", routingAlone, "ticks/s", bare),
            new Figure(Name, "book rules alone (1 thread, no actors)", bookAlone, "ticks/s"),
            new Figure(Name, "bare tell (same run)", bare, "msg/s"),
        ];
    }

    /// <summary>Ticks per second from one sender per core, until every entity has taken all of its ticks.</summary>
    private static async Task<double> MeasureAsync(IActorRef region, int fixtures, int ticks)
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
        var perFixture = ticks / fixtures;
        var batches = Enumerable.Range(0, senders)
            .Select(s => fixtureIds.Where((_, i) => i % senders == s).ToArray())
            .Select(mine => Enumerable.Range(1, perFixture).SelectMany(tick => mine.Select(id => OddsTicks.For(id, tick, kickoff, at))).ToArray())
            .ToArray();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(batches.Select(batch => Task.Run(() =>
        {
            foreach (var message in batch)
            {
                region.Tell(message);
            }
        })));
        await AllAppliedAsync(region, fixtureIds);
        return batches.Sum(batch => batch.Length) / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The same ticks applied to one book per fixture in turn, on this thread: the rules' own cost.</summary>
    private static double BookAlone(int fixtures, int ticks)
    {
        var kickoff = DateTimeOffset.UtcNow.AddHours(2);
        var at = DateTimeOffset.UtcNow;
        var books = Enumerable.Range(0, fixtures).Select(_ => new FixtureOdds(new OddsOptions())).ToArray();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < ticks; i++)
        {
            books[i % fixtures].Apply(OddsTicks.For(i % fixtures, i / fixtures, kickoff, at), null, DateTimeOffset.UtcNow);
        }
        return ticks / clock.Elapsed.TotalSeconds;
    }

    private static long[] FixtureIds(int fixtures) => [.. Enumerable.Range(1, fixtures).Select(i => 20_000L + i)];

    /// <summary>A query queues behind the ticks on the same path (region, shard, entity), so its answer means they are taken.</summary>
    private static Task AllAppliedAsync(IActorRef region, IEnumerable<long> fixtureIds) =>
        Task.WhenAll(fixtureIds.Select(id => region.Ask<object>(new GetFixtureOdds(id), AskTimeout)));
}
