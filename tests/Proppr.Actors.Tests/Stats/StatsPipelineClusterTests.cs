using Akka.Actor;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;
using Proppr.Actors.Stats;
using Proppr.Actors.Tests.Fixtures;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Stats;

/// <summary>
/// The pipeline as it runs: a singleton on a real one-node cluster, fed by the node's forwarder from snapshots on the
/// event stream (published by a real fixture in the first test), writing to SQLite. The numbers are those worked out
/// by hand in <see cref="StatsQueriesTests"/>; Liverpool's two home games against United add corners 12-0 and 6-9 and
/// goals 0-0 and 2-2.
/// </summary>
public sealed class StatsPipelineClusterTests : IDisposable
{
    private const long Rematch = 4600001;
    private const long ManUtd = 10260;
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly TempDatabaseFile _database = new();

    private Task<TestNode> StartNode(StatsSettings settings, Action<Akka.Hosting.AkkaConfigurationBuilder>? more = null) =>
        TestNode.StartAsync(_database.Options, akka =>
        {
            more?.Invoke(akka);
            akka.AddStatsPipeline(settings);
        });

    private StatsQueries Queries => new(_database.Options, SeasonCalendar.European);

    /// <summary>Liverpool v Manchester United again, at <paramref name="kickoff"/>, with the January 2025 lineup as the one announced.</summary>
    private static MatchDetails RematchBeforeKickoff(DateTimeOffset kickoff) =>
        new RealMatch(SavedMatches.LiverpoolManUtd2025).BeforeKickoff with { FixtureId = Rematch, Kickoff = kickoff };

    private static void Publish(TestNode node, MatchDetails snapshot) =>
        node.System.EventStream.Publish(new MatchDetailsPublished(snapshot));

    private static async Task<StatsProgress> Progress(TestNode node) =>
        await node.Required<StatsPipeline>().Ask<StatsProgress>(GetStatsProgress.Instance, TimeSpan.FromSeconds(10));

    [Fact]
    public async Task A_fixture_that_reaches_full_time_adds_its_match_to_the_averages()
    {
        var matchData = new ScriptedMatchData();
        await using var node = await StartNode(StatsSettings.Default, akka => akka.AddFixtureSharding(FixtureScenarioTests.Fast, _ => matchData));
        var fixture = new FixtureProbe(node.Required<FixtureRegion>(), matchData, ScenarioBets.FixtureId);
        var match = new RealMatch(ScenarioBets.FixtureId);
        await fixture.TrackAsync(ScenarioBets.Match("over-2.5", Market.Goals, Selection.Over, 2.5m, 1.9m));

        await fixture.PlayAsync(match.BeforeKickoff);
        await Eventually.HoldsAsync(async () => (await Queries.FixtureProjectionsAsync(ScenarioBets.FixtureId, None)).Should().NotBeNull());
        await fixture.PlayAsync(match.FullTime);

        await Eventually.HoldsAsync(async () =>
        {
            var united = await Queries.TeamStatsAsync(ManUtd, None);
            united.Should().NotBeNull();
            united!.Averages.Single(a => a.Period == BetPeriod.FullTime && a.Stat == Stat.Corners).Averages.Last5
                .Should().Be(new WindowAverage(1, 9m, 6m));
        });
    }

    [Fact]
    public async Task An_upcoming_fixture_is_projected_again_after_each_of_its_teams_plays_with_hand_checked_lines()
    {
        await using var node = await StartNode(StatsSettings.Default);
        Publish(node, RematchBeforeKickoff(node.System.Scheduler.Now.AddDays(3)));
        await Eventually.HoldsAsync(async () => (await Progress(node)).ProjectionsComputed.Should().Be(1));
        (await Queries.FixtureProjectionsAsync(Rematch, None))!.Lines.Should().BeEmpty("neither team has a recorded match yet");

        foreach (var id in new[] { SavedMatches.ArsenalManUtd2023, SavedMatches.LiverpoolManUtd2023, SavedMatches.LiverpoolManUtd2025 })
        {
            Publish(node, SavedMatches.Parse(id));
        }

        await Eventually.HoldsAsync(async () => (await Progress(node)).Should().Match<StatsProgress>(p => p.MatchesRecorded == 3 && p.ProjectionsComputed == 4));
        var projections = (await Queries.FixtureProjectionsAsync(Rematch, None))!;
        projections.Should().Match<FixtureProjections>(p => p.Home == "Liverpool" && p.Away == "Manchester United" && p.ComputedAt != null);
        // Corners: Liverpool for (12 + 6) / 2 = 9, against 4.5; United for 4, against 10. Home (9 + 10) / 2 = 9.5,
        // away (4 + 4.5) / 2 = 4.25, total 13.75. Goals: Liverpool 1 and 1; United 1 and 5/3: home 4/3, away 1.
        projections.Lines.Should().Contain(new PredictedLine(BetPeriod.FullTime, Stat.Corners, 13.75m, 13.5m, 9.5m, 9.5m, 4.25m, 4.5m, 2));
        projections.Lines.Should().Contain(new PredictedLine(BetPeriod.FullTime, Stat.Goals, 2.33m, 2.5m, 1.33m, 1.5m, 1m, 1.5m, 2));
        // Dalot started in the lineup used; shots 1, 0, 2 over his last three.
        projections.Players.Should().Contain(new PlayerProjection(751550, "Diogo Dalot", ManUtd, Stat.Shots, 1m, 1.5m, 3));
    }

    [Fact]
    public async Task Projections_are_refreshed_shortly_before_kickoff()
    {
        var settings = StatsSettings.Default with { BeforeKickoff = TimeSpan.FromHours(1) };
        await using var node = await StartNode(settings);

        Publish(node, RematchBeforeKickoff(node.System.Scheduler.Now + settings.BeforeKickoff + TimeSpan.FromSeconds(10)));

        await Eventually.HoldsAsync(async () => (await Progress(node)).ProjectionsComputed.Should().Be(2, "once on arrival, once before kickoff"));
    }

    [Fact]
    public async Task Every_upcoming_fixture_is_refreshed_on_the_daily_schedule()
    {
        await using var node = await StartNode(StatsSettings.Default with { RefreshEvery = TimeSpan.FromMilliseconds(300) });

        Publish(node, RematchBeforeKickoff(node.System.Scheduler.Now.AddDays(3)));

        await Eventually.HoldsAsync(async () => (await Progress(node)).ProjectionsComputed.Should().BeGreaterThanOrEqualTo(4));
        (await Progress(node)).LastError.Should().BeNull();
    }

    public void Dispose() => _database.Dispose();
}
