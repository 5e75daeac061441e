using Akka.Actor;
using Akka.TestKit;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// A fixture on the production schedule (correction checks at FT+30 min and FT+2 h) whose only clock is the actor
/// system's scheduler, here Akka's <see cref="TestScheduler"/>: hours pass when the test says so, and nothing is
/// polled in between. Journal and snapshots are the real SQLite ones.
/// </summary>
public sealed class FixtureSchedulerTimeTests : IAsyncLifetime
{
    private static readonly TimeSpan Reply = TimeSpan.FromSeconds(30);

    private readonly TempDatabaseFile _database = new();
    private readonly RealMatch _match = new(FixtureId);
    private readonly ScriptedMatchData _matchData = new();
    private SchedulerTimeSystem _host = null!;

    private ActorSystem System => _host.System;

    private TestScheduler Clock => _host.Clock;

    public async Task InitializeAsync()
    {
        _host = await SchedulerTimeSystem.StartAsync(_database.Options);
    }

    [Fact]
    public async Task Corrections_are_checked_thirty_minutes_and_two_hours_after_full_time_on_the_schedulers_clock()
    {
        _matchData.Publish(_match.FullTime, "full-time");
        var fixture = System.ActorOf(FixtureActor.Props(FixtureId, _matchData, FixtureSettings.Default));
        await fixture.Ask<BetsTracked>(new TrackBets(FixtureId, [OverFifteenAndAHalfCorners])).WaitAsync(Reply);

        // The first poll is due at once: a zero delay still waits for the scheduler to move.
        await Eventually.HoldsAsync(async () =>
        {
            Clock.Advance(TimeSpan.Zero);
            (await SettlementAsync(fixture)).Should().Match<Settlement>(s => s.Status == SettlementStatus.Lost);
        });
        var fetchesAtFullTime = _matchData.Fetches(FixtureId);
        _matchData.Publish(_match.CorrectedSecondHalf(Stat.Corners, Side.Home, +1), "corrected");

        Clock.Advance(TimeSpan.FromMinutes(29));
        // Answered after any poll the advance could have sent, so the counts below are final for this moment.
        (await ViewAsync(fixture)).CorrectionChecksDone.Should().Be(0);
        _matchData.Fetches(FixtureId).Should().Be(fetchesAtFullTime, "nothing is due before FT+30 min");

        Clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.HoldsAsync(async () => (await SettlementAsync(fixture))!.Status.Should().Be(SettlementStatus.Won));
        (await ViewAsync(fixture)).CorrectionChecksDone.Should().Be(1);

        Clock.Advance(TimeSpan.FromMinutes(89));
        (await ViewAsync(fixture)).CorrectionChecksDone.Should().Be(1, "the second check is due at FT+2 h");
        _matchData.Fetches(FixtureId).Should().Be(fetchesAtFullTime + 1);

        Clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.HoldsAsync(async () => (await ViewAsync(fixture)).CorrectionChecksDone.Should().Be(2));
        _matchData.Fetches(FixtureId).Should().Be(fetchesAtFullTime + 2, "one poll for each correction check, none in between");
    }

    private async Task<Settlement?> SettlementAsync(IActorRef fixture) =>
        (await fixture.Ask<BetView>(new GetBet(FixtureId, OverFifteenAndAHalfCorners.BetId)).WaitAsync(Reply)).Settlement;

    private Task<FixtureView> ViewAsync(IActorRef fixture) => fixture.Ask<FixtureView>(new GetFixture(FixtureId)).WaitAsync(Reply);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }
}
