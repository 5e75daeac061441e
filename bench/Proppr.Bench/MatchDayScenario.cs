using System.Diagnostics;
using Akka.Actor;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;
using Proppr.TestSupport;

namespace Proppr.Bench;

/// <summary>
/// A whole match day at full speed, end to end on one node: every fixture's bets tracked before kickoff, the match
/// replayed moment by moment (a real FotMob payload served as each fixture, cut at each moment) as fast as the
/// fixtures take it, until every bet's settlement is durable in the journal. Records the wall time, the peak memory,
/// and the heap each open bet costs (heap with every bet tracked and open, less the heap before, per bet).
/// </summary>
public sealed class MatchDayScenario : IScenario
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromMinutes(2);
    private const int TrackingFixturesAtOnce = 8;

    /// <summary>Polls slow enough that hundreds of fixtures polling an unchanged payload cost little; each moment is pushed.</summary>
    private static readonly FixtureSettings Settings = BenchNode.FastFixtures with
    {
        LiveInterval = TimeSpan.FromMilliseconds(100),
        PreMatchInterval = TimeSpan.FromMilliseconds(100),
    };

    public string Name => "match-day";

    public async Task<IReadOnlyList<Figure>> RunAsync(BenchOptions options)
    {
        var match = new RealMatch(4506508);
        var lineup = match.FullTime.Lineup;
        MatchDetails[] inPlay = [match.At(20), match.At(40), match.HalfTime, match.At(65), match.At(80), match.FullTime];
        var before = match.BeforeKickoff;
        var fixtureIds = Enumerable.Range(0, options.MatchDayFixtures).Select(i => 30_000L + i).ToArray();
        var totalBets = fixtureIds.Length * options.MatchDayBets;
        var figures = new List<Figure>();
        foreach (var provider in options.Databases)
        {
            await TestDatabases.UseAsync(provider, async database =>
            {
                var matchData = new ScriptedMatchData();
                await using var node = await BenchNode.StartAsync(database, Settings, matchData);
                var region = node.Required<FixtureRegion>();
                var heapBefore = await SettledHeapAsync();
                using var memory = MemorySampler.Start();
                var clock = Stopwatch.StartNew();

                // Bets come in over the morning, a few fixtures' books at a time, not all 100k in one instant.
                await Parallel.ForEachAsync(fixtureIds, new ParallelOptions { MaxDegreeOfParallelism = TrackingFixturesAtOnce }, async (id, _) =>
                {
                    matchData.Publish(before with { FixtureId = id }, "before", id);
                    await region.Ask<BetsTracked>(new TrackBets(id, MatchDayBets.For(id, options.MatchDayBets, lineup)), AskTimeout);
                });
                await Task.WhenAll(fixtureIds.Select(id => FullTimeBurstScenario.PolledAsync(matchData, id, 2)));
                clock.Stop();
                var tracking = clock.Elapsed.TotalSeconds;
                // Nothing is decided before kickoff: every settlement comes after this point of the journal.
                var settlements = new JournalSettlements(node.System, database, await FullTimeBurstScenario.JournalEndAsync(database));
                var bytesPerOpenBet = (await SettledHeapAsync() - heapBefore) / (double)totalBets;
                clock.Start();

                for (var moment = 0; moment < inPlay.Length; moment++)
                {
                    var snapshot = inPlay[moment];
                    foreach (var id in fixtureIds)
                    {
                        matchData.Publish(snapshot with { FixtureId = id }, $"moment-{moment}", id);
                        region.Tell(new RefreshMatch(id));
                    }
                    // After full time a fixture polls again only for its correction checks.
                    if (snapshot.Status != MatchStatus.Finished)
                    {
                        await Task.WhenAll(fixtureIds.Select(id => FullTimeBurstScenario.PolledAsync(matchData, id, 2)));
                    }
                }
                var seconds = (await settlements.WaitForAsync(totalBets, clock)).TotalSeconds;
                var shape = $"{fixtureIds.Length} x {options.MatchDayBets} bets";
                figures.Add(new Figure(Name, $"{shape}, end to end ({provider})", seconds, "s", Target: "< 60 s for 500 x 200"));
                figures.Add(new Figure(Name, $"of which tracking, before kickoff ({provider})", tracking, "s"));
                figures.Add(new Figure(Name, $"settled bets/s ({provider})", totalBets / seconds, "bets/s"));
                figures.Add(new Figure(Name, $"heap per open bet ({provider})", bytesPerOpenBet, "bytes", Target: "<= 2 KB"));
                figures.Add(new Figure(Name, $"peak GC heap ({provider})", memory.PeakHeapBytes / 1048576.0, "MiB"));
                figures.Add(new Figure(Name, $"peak working set ({provider})", memory.PeakWorkingSetBytes / 1048576.0, "MiB"));
            });
        }
        return figures;
    }

    /// <summary>
    /// The live heap after full, compacting collections, once it has stopped falling for three checks in a row: the
    /// previous scenario's node and database pools let go of their memory for a few seconds after they stop.
    /// </summary>
    private static async Task<long> SettledHeapAsync()
    {
        var lowest = long.MaxValue;
        for (int attempt = 0, steady = 0; attempt < 30 && steady < 3; attempt++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            steady = heap > lowest - lowest / 100 ? steady + 1 : 0;
            lowest = Math.Min(lowest, heap);
            await Task.Delay(500);
        }
        return lowest;
    }
}
