using System.Diagnostics;
using System.Globalization;
using Akka.Actor;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.TestSupport;

namespace Proppr.Bench;

/// <summary>
/// Fixtures with open bets receive their full-time snapshot at once: the time until every settlement is durable in
/// the journal (counted in the journal table itself, inside each round's event), over repeats, per database. Two shapes: one fixture with many
/// bets, and many fixtures with a hundred bets each.
/// </summary>
public sealed class FullTimeBurstScenario : IScenario
{
    private const string Target = "p99 <= 250 ms for 10k";

    public string Name => "full-time-burst";

    public async Task<IReadOnlyList<Figure>> RunAsync(BenchOptions options)
    {
        var figures = new List<Figure>();
        var match = new RealMatch(4506508);
        (int Fixtures, int Bets)[] shapes = [(1, options.BurstBets), (options.BurstFixtures, options.BurstBets / options.BurstFixtures)];
        foreach (var provider in options.Databases)
        {
            await TestDatabases.UseAsync(provider, async database =>
            {
                var matchData = new ScriptedMatchData();
                await using var node = await BenchNode.StartAsync(database, BenchNode.FastFixtures, matchData);
                var nextFixture = 10_000L;
                foreach (var (fixtures, bets) in shapes)
                {
                    var samples = new List<double>();
                    for (var repeat = 0; repeat < options.BurstRepeats; repeat++)
                    {
                        var fixtureIds = Enumerable.Range(0, fixtures).Select(_ => nextFixture++).ToArray();
                        samples.Add(await BurstAsync(node, database, matchData, match, fixtureIds, bets));
                    }
                    samples.Sort();
                    var shape = fixtures == 1 ? $"{bets} bets" : $"{fixtures} fixtures x {bets} bets";
                    figures.Add(new Figure(Name, $"{shape} p50 ({provider})", Percentile(samples, 0.5), "ms", Target: Target));
                    figures.Add(new Figure(Name, $"{shape} p99 ({provider})", Percentile(samples, 0.99), "ms", Target: Target));
                }
            });
        }
        return figures;
    }

    private static async Task<double> BurstAsync(
        TestNode node, DatabaseOptions database, ScriptedMatchData matchData, RealMatch match, long[] fixtureIds, int bets)
    {
        var region = node.Required<FixtureRegion>();
        var live = match.At(30);
        await Task.WhenAll(fixtureIds.Select(async fixtureId =>
        {
            matchData.Publish(live with { FixtureId = fixtureId }, "live", fixtureId);
            foreach (var batch in BurstBets.For(fixtureId, bets).Chunk(1000))
            {
                await region.Ask<BetsTracked>(new TrackBets(fixtureId, [.. batch]), TimeSpan.FromMinutes(1));
            }
        }));
        // Let the live snapshot be graded (nothing decides) so the burst measures full time alone.
        await Task.WhenAll(fixtureIds.Select(id => PolledAsync(matchData, id, 3)));
        var settlements = new JournalSettlements(node.System, database, await JournalEndAsync(database));
        var fullTime = match.FullTime;
        var clock = Stopwatch.StartNew();
        foreach (var fixtureId in fixtureIds)
        {
            matchData.Publish(fullTime with { FixtureId = fixtureId }, "full-time", fixtureId);
        }
        return (await settlements.WaitForAsync(fixtureIds.Length * bets, clock)).TotalMilliseconds;
    }

    /// <summary>Waits until the fixture has polled <paramref name="times"/> more times.</summary>
    public static async Task PolledAsync(ScriptedMatchData matchData, long fixtureId, int times)
    {
        var target = matchData.Fetches(fixtureId) + times;
        while (matchData.Fetches(fixtureId) < target)
        {
            await Task.Delay(10);
        }
    }

    /// <summary>The journal's last ordering: settlements after it are the burst's.</summary>
    public static async Task<long> JournalEndAsync(DatabaseOptions database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.Command("SELECT COALESCE(MAX(ordering), 0) FROM journal");
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
