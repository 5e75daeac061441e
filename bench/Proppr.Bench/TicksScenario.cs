using System.Diagnostics;
using Akka.Actor;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.TestSupport;

namespace Proppr.Bench;

/// <summary>
/// Odds ticks through the fixture region (sharding on one node) to many fixture actors, each updating its book
/// (drops, value bets, closing prices), against local <c>Tell</c> to plain actors measured in the same run.
/// </summary>
public sealed class TicksScenario : IScenario
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromMinutes(1);

    public string Name => "ticks";

    public async Task<IReadOnlyList<Figure>> RunAsync(BenchOptions options)
    {
        double ticksPerSecond = 0;
        await TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            // No match data: the fixtures only take odds here, and retry their first poll rarely.
            var settings = BenchNode.FastFixtures with { RetryInterval = TimeSpan.FromHours(1) };
            await using var node = await BenchNode.StartAsync(database, settings, new ScriptedMatchData());
            ticksPerSecond = await MeasureAsync(node.Required<FixtureRegion>(), options.TickFixtures, options.Ticks);
        });
        var bare = await BareTellScenario.MeasureAsync(options.BareMessages);
        return
        [
            new Figure(Name, $"ticks/s over {options.TickFixtures} fixtures", ticksPerSecond, "ticks/s", bare, ">= 100k ticks/s and >= 30 % of bare"),
            new Figure(Name, "bare tell (same run)", bare, "msg/s"),
        ];
    }

    /// <summary>Ticks per second from one sender per core, until every fixture has applied all of its ticks.</summary>
    private static async Task<double> MeasureAsync(IActorRef region, int fixtures, int ticks)
    {
        var kickoff = DateTimeOffset.UtcNow.AddHours(2);
        var at = DateTimeOffset.UtcNow;
        var fixtureIds = Enumerable.Range(1, fixtures).Select(i => 20_000L + i).ToArray();
        // Start every fixture (recovery, remember-entities) before the clock runs.
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

    /// <summary>A query queues behind the ticks on the same path (region, shard, fixture), so its answer means they are applied.</summary>
    private static Task AllAppliedAsync(IActorRef region, IEnumerable<long> fixtureIds) =>
        Task.WhenAll(fixtureIds.Select(id => region.Ask<FixtureOddsView>(new GetFixtureOdds(id), AskTimeout)));
}
