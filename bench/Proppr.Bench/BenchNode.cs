using Akka.Hosting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;
using Proppr.TestSupport;

namespace Proppr.Bench;

/// <summary>A real one-node cluster with the fixture region, as production composes it, logging only errors.</summary>
public static class BenchNode
{
    /// <summary>Polls and retries shrunk so a replayed match moves at the speed of grading, not of the clock.</summary>
    public static readonly FixtureSettings FastFixtures = FixtureSettings.Default with
    {
        LiveInterval = TimeSpan.FromMilliseconds(20),
        PreMatchInterval = TimeSpan.FromMilliseconds(200),
        RetryInterval = TimeSpan.FromMilliseconds(20),
        CorrectionChecks = [TimeSpan.FromHours(1)],
        RoundTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Only errors in the log: the table is the output.</summary>
    public static void Quiet(AkkaConfigurationBuilder akka) => akka.AddHocon("akka.loglevel = ERROR", HoconAddMode.Prepend);

    /// <param name="more">Anything else the scenario needs on the node (another shard region).</param>
    public static Task<TestNode> StartAsync(
        DatabaseOptions database, FixtureSettings settings, IMatchDataSource matchData, Action<AkkaConfigurationBuilder>? more = null) =>
        TestNode.StartAsync(database, akka =>
        {
            Quiet(akka);
            akka.AddFixtureSharding(settings, _ => matchData);
            more?.Invoke(akka);
        });
}
