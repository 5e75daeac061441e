using System.Diagnostics;
using Akka.Actor;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;
using Proppr.TestSupport;

namespace Proppr.Bench;

/// <summary>
/// One fixture with thousands of open bets receives its full-time snapshot: the time until every settlement is
/// durable in the journal (counted in the journal table itself), over repeats, per database.
/// </summary>
public sealed class FullTimeBurstScenario : IScenario
{
    private static readonly FixtureSettings Settings = FixtureSettings.Default with
    {
        LiveInterval = TimeSpan.FromMilliseconds(20),
        RetryInterval = TimeSpan.FromMilliseconds(20),
        CorrectionChecks = [TimeSpan.FromHours(1)],
        RoundTimeout = TimeSpan.FromSeconds(30),
    };

    public string Name => "full-time-burst";

    public async Task<IReadOnlyList<Figure>> RunAsync(BenchOptions options)
    {
        var figures = new List<Figure>();
        var match = new RealMatch(4506508);
        foreach (var provider in options.Databases)
        {
            var samples = new List<double>();
            await TestDatabases.UseAsync(provider, async database =>
            {
                var matchData = new ScriptedMatchData();
                await using var node = await TestNode.StartAsync(database, akka => akka.AddFixtureSharding(Settings, _ => matchData));
                for (var repeat = 0; repeat < options.BurstRepeats; repeat++)
                {
                    var fixtureId = 10_000 + repeat;
                    samples.Add(await BurstAsync(node, database, matchData, match, fixtureId, options.BurstBets));
                }
            });
            samples.Sort();
            figures.Add(new Figure(Name, $"{options.BurstBets} bets p50 ({provider})", Percentile(samples, 0.5), "ms", Target: "p99 <= 250 ms for 10k"));
            figures.Add(new Figure(Name, $"{options.BurstBets} bets p99 ({provider})", Percentile(samples, 0.99), "ms", Target: "p99 <= 250 ms for 10k"));
        }
        return figures;
    }

    private static async Task<double> BurstAsync(
        TestNode node, DatabaseOptions database, ScriptedMatchData matchData, RealMatch match, long fixtureId, int bets)
    {
        var region = node.Required<FixtureRegion>();
        matchData.Publish(match.At(30) with { FixtureId = fixtureId }, "live", fixtureId);
        foreach (var batch in BurstBets.For(fixtureId, bets).Chunk(1000))
        {
            await region.Ask<BetsTracked>(new TrackBets(fixtureId, [.. batch]), TimeSpan.FromMinutes(1));
        }
        // Let the live snapshot be graded (nothing decides) so the burst measures full time alone.
        var polls = matchData.Fetches(fixtureId);
        while (matchData.Fetches(fixtureId) < polls + 3)
        {
            await Task.Delay(10);
        }
        var settledBefore = await SettledCountAsync(database, fixtureId);
        var clock = Stopwatch.StartNew();
        matchData.Publish(match.FullTime with { FixtureId = fixtureId }, "full-time", fixtureId);
        while (await SettledCountAsync(database, fixtureId) < settledBefore + bets)
        {
            await Task.Delay(2);
        }
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task<long> SettledCountAsync(DatabaseOptions database, long fixtureId)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.Command(
            "SELECT COUNT(*) FROM journal WHERE persistence_id = @id AND manifest = 'fx-ev-settled'",
            ("id", FixtureActor.PersistenceIdFor(fixtureId)));
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
