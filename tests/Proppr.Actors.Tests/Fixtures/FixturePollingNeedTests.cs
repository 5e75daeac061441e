using System.Globalization;
using Akka.Actor;
using Akka.TestKit;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.RateLimiting;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// FotMob's quota is shared, so a fixture asks at the live interval only for its bets. Two fixtures in play poll the
/// real <see cref="FotMobClient"/>, through the real limiter, against FotMob on loopback, on the production intervals;
/// the only clock is Akka's <see cref="TestScheduler"/>, moved by the test. Both take odds; one has a bet.
/// </summary>
public sealed class FixturePollingNeedTests : IAsyncLifetime
{
    private const long OddsOnlyFixture = 4506747;
    private static readonly TimeSpan Reply = TimeSpan.FromSeconds(30);

    private readonly TempDatabaseFile _database = new();
    private FotMobStandIn _fotMob = null!;
    private SchedulerTimeSystem _host = null!;
    private FotMobClient _client = null!;

    private ActorSystem System => _host.System;

    private TestScheduler Clock => _host.Clock;

    public async Task InitializeAsync()
    {
        _fotMob = await FotMobStandIn.StartAsync();
        foreach (var matchId in new[] { FixtureId, OddsOnlyFixture })
        {
            _fotMob.Serve(matchId, LivePayloads.TruncateAt(ReferenceData.ReadFotMob(matchId), 30));
        }
        _host = await SchedulerTimeSystem.StartAsync(_database.Options);
        var limiter = System.ActorOf(RateLimiter.Props(FixtureOverFotMobTests.Limits), "rate-limiter");
        _client = new FotMobClient(
            new FotMobClientOptions { BaseUrl = _fotMob.BaseUrl, Timeout = TimeSpan.FromSeconds(5) },
            new ActorRateLimiterClient(limiter, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task In_play_a_fixture_with_odds_and_no_bets_makes_no_request_while_one_with_a_bet_polls_every_live_interval()
    {
        // A day between looks without bets, so however far the loop below moves the clock, a look there is a bug.
        var settings = FixtureSettings.Default with { PreMatchInterval = TimeSpan.FromDays(1) };
        var oddsOnly = System.ActorOf(FixtureActor.Props(OddsOnlyFixture, _client, settings));
        var withBet = System.ActorOf(FixtureActor.Props(FixtureId, _client, settings));
        oddsOnly.Tell(Odds(OddsOnlyFixture));
        withBet.Tell(Odds(FixtureId));
        await withBet.Ask<BetsTracked>(new TrackBets(FixtureId, [UnderFourAndAHalfGoals])).WaitAsync(Reply);

        // Each learns its match first (the first look is due at once: a zero delay still waits for the scheduler).
        await Eventually.HoldsAsync(async () =>
        {
            Clock.Advance(TimeSpan.Zero);
            (await ViewAsync(oddsOnly)).Status.Should().Be(Proppr.Actors.Matches.MatchStatus.Live);
            (await ViewAsync(withBet)).Status.Should().Be(Proppr.Actors.Matches.MatchStatus.Live);
        });
        var oddsOnlyLooks = RequestsFor(OddsOnlyFixture);
        var betLooks = RequestsFor(FixtureId);

        // Each attempt moves the clock one live interval: the fixture with a bet polls again, the other must not.
        await Eventually.HoldsAsync(() =>
        {
            Clock.Advance(FixtureSettings.Default.LiveInterval);
            RequestsFor(FixtureId).Should().BeGreaterThanOrEqualTo(betLooks + 5);
        });
        oddsOnly.Tell(Odds(OddsOnlyFixture));
        (await ViewAsync(oddsOnly)).Status.Should().Be(Proppr.Actors.Matches.MatchStatus.Live, "the fixture is running and takes odds");
        RequestsFor(OddsOnlyFixture).Should().Be(oddsOnlyLooks, "no bet needs its match in play");
        oddsOnlyLooks.Should().Be(1, "odds alone brought one look at the match, when the fixture started");
    }

    [Fact]
    public async Task A_bet_tracked_on_a_fixture_that_only_took_odds_asks_for_its_match_at_once()
    {
        var settings = FixtureSettings.Default with { PreMatchInterval = TimeSpan.FromDays(1) };
        var fixture = System.ActorOf(FixtureActor.Props(FixtureId, _client, settings));
        fixture.Tell(Odds(FixtureId));
        await Eventually.HoldsAsync(async () =>
        {
            Clock.Advance(TimeSpan.Zero);
            (await ViewAsync(fixture)).Status.Should().Be(Proppr.Actors.Matches.MatchStatus.Live);
        });
        var looks = RequestsFor(FixtureId);

        await fixture.Ask<BetsTracked>(new TrackBets(FixtureId, [UnderFourAndAHalfGoals])).WaitAsync(Reply);

        // No clock moves: the look is asked for by the bet, not by a timer.
        await Eventually.HoldsAsync(() => RequestsFor(FixtureId).Should().Be(looks + 1));
    }

    private static ApplyOdds Odds(long fixtureId) =>
        new(fixtureId, string.Create(CultureInfo.InvariantCulture, $"ev-{fixtureId}"), Kickoff,
            [OddsTick.Quote(Quotes("Pinnacle", (Home, 2.00m), (Draw, 3.40m), (Away, 4.00m)), Kickoff.AddHours(-1))]);

    private int RequestsFor(long matchId) =>
        _fotMob.Requests.Count(request => request.PathAndQuery.Contains(matchId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

    private Task<FixtureView> ViewAsync(IActorRef fixture) => fixture.Ask<FixtureView>(new GetFixture(0)).WaitAsync(Reply);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fotMob.DisposeAsync();
        _database.Dispose();
    }
}
