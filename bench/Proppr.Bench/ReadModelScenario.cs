using System.Diagnostics;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;
using Proppr.Actors.ReadModel;
using Proppr.TestSupport;

namespace Proppr.Bench;

/// <summary>
/// The read model's write side catching up with a full-time round: every bet's <see cref="BetTracked"/> then its
/// <see cref="BetSettled"/>, applied through <see cref="BetReadModelStore"/> in batches as the projection forms them
/// when events queue up, against one event per transaction (the projection's way before it batched) in the same run.
/// The baseline takes only the first <see cref="OneByOneEvents"/> events: at one commit each it runs about a hundred
/// times slower, and its rate does not depend on how many it takes.
/// </summary>
public sealed class ReadModelScenario : IScenario
{
    private const int Batch = 500;
    private const int OneByOneEvents = 1_000;
    private static readonly DateTimeOffset SettledAt = new(2026, 11, 1, 17, 0, 0, TimeSpan.Zero);

    public string Name => "read-model";

    public async Task<IReadOnlyList<Figure>> RunAsync(BenchOptions options)
    {
        var events = Events(options.ReadModelBets);
        var figures = new List<Figure>();
        foreach (var provider in options.Databases)
        {
            var oneByOne = await RateAsync(provider, events[..Math.Min(events.Length, OneByOneEvents)], batch: 1);
            var batched = await RateAsync(provider, events, Batch);
            figures.Add(new Figure(Name, $"read model events/s, batches of {Batch} ({provider})", batched, "ev/s", oneByOne));
            figures.Add(new Figure(Name, $"read model events/s, one per transaction ({provider})", oneByOne, "ev/s"));
        }
        return figures;
    }

    private static async Task<double> RateAsync(DatabaseProvider provider, BetJournalEvent[] events, int batch)
    {
        var rate = 0.0;
        await TestDatabases.UseAsync(provider, async database =>
        {
            var store = new BetReadModelStore(database);
            DatabaseSchema.Migrate(database);
            var applied = 0L;
            var clock = Stopwatch.StartNew();
            foreach (var chunk in events.Chunk(batch))
            {
                applied = await store.ApplyAsync(applied, chunk, CancellationToken.None);
            }
            rate = events.Length / clock.Elapsed.TotalSeconds;
        });
        return rate;
    }

    private static BetJournalEvent[] Events(int bets)
    {
        var tracked = BurstBets.For(1, bets);
        var settled = tracked.Select(bet => new BetSettled(1, new Settlement
        {
            BetId = bet.BetId,
            Status = SettlementStatus.Lost,
            ProfitLoss = -bet.Stake,
            SettledAt = SettledAt,
            FixtureState = MatchStatus.Finished,
        }));
        return [.. tracked.Select(bet => (IBetEvent)new BetTracked(1, bet)).Concat(settled)
            .Select((fixtureEvent, i) => new BetJournalEvent(i + 1, SettledAt, fixtureEvent))];
    }
}
