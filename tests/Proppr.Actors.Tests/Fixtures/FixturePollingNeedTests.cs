using System.Globalization;
using Akka.Actor;
using Akka.TestKit;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.RateLimiting;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// FotMob's quota is shared, so a fixture asks at the live interval only for its bets, at once when the odds tell of an
/// event that could decide one, and first when the quota is tight. Fixtures in play poll the real
/// <see cref="FotMobClient"/>, through the real limiter, against FotMob on loopback, on the production intervals;
/// the only clock is Akka's <see cref="TestScheduler"/>, moved by the test.
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
            (await ViewAsync(oddsOnly)).Status.Should().Be(MatchStatus.Live);
            (await ViewAsync(withBet)).Status.Should().Be(MatchStatus.Live);
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
        (await ViewAsync(oddsOnly)).Status.Should().Be(MatchStatus.Live, "the fixture is running and takes odds");
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
            (await ViewAsync(fixture)).Status.Should().Be(MatchStatus.Live);
        });
        var looks = RequestsFor(FixtureId);

        await fixture.Ask<BetsTracked>(new TrackBets(FixtureId, [UnderFourAndAHalfGoals])).WaitAsync(Reply);

        // No clock moves: the look is asked for by the bet, not by a timer.
        await Eventually.HoldsAsync(() => RequestsFor(FixtureId).Should().Be(looks + 1));
    }

    [Fact]
    public async Task Odds_that_tell_of_an_event_make_a_fixture_whose_next_event_could_decide_a_bet_ask_at_once_and_no_other()
    {
        var (decidable, quiet) = await TwoLiveFixturesAsync(FixtureSettings.Default, _client);
        var (decidableLooks, quietLooks) = (RequestsFor(FixtureId), RequestsFor(OddsOnlyFixture));

        quiet.Tell(Suspended(OddsOnlyFixture));
        decidable.Tell(Suspended(FixtureId));

        // No clock moves: the look is asked for by the odds, not by a timer.
        await Eventually.HoldsAsync(() => RequestsFor(FixtureId).Should().Be(decidableLooks + 1));
        await Eventually.HoldsAsync(async () => (await ViewAsync(decidable)).RefreshedBecause.Should().Be(RefreshReasons.Odds));
        (await ViewAsync(quiet)).RefreshedBecause.Should().Be(RefreshReasons.Scheduled);
        RequestsFor(OddsOnlyFixture).Should().Be(quietLooks, "the next event could decide none of its bets");
    }

    [Fact]
    public async Task A_players_own_lines_make_the_fixture_ask_once_the_shots_they_told_of_could_decide_a_bet()
    {
        // No timer polls in the test: only what the odds ask for.
        var settings = FixtureSettings.Default with { PreMatchInterval = TimeSpan.FromDays(1), LiveInterval = TimeSpan.FromDays(1) };
        var live = FotMobParser.Parse(LivePayloads.TruncateAt(ReferenceData.ReadFotMob(FixtureId), 30));
        var (shooter, other) = live.Lineup.Players.Where(p => p.Role == PlayerRole.Starter).Take(2).ToArray() switch
        {
            [var first, var second] => (first, second),
            _ => throw new InvalidOperationException("the payload has starters"),
        };
        // Two shots short: the line above the one his next shot passes (found by the rules themselves).
        var twoShort = Enumerable.Range(0, 10)
            .Select(shots => Player("two-short", shooter.Id, shooter.Name, Proppr.Actors.Betting.Market.Shots, shots + 1.5m))
            .First(bet => Proppr.Actors.Betting.NextEvent.CouldDecide(bet, live, Proppr.Actors.Betting.SettlementPolicy.Default, unseen: 1));
        var fixture = System.ActorOf(FixtureActor.Props(FixtureId, _client, settings));
        fixture.Tell(PlayerShots(shooter.Name, other.Name, 2.60m, 2.60m));
        await fixture.Ask<BetsTracked>(new TrackBets(FixtureId, [twoShort])).WaitAsync(Reply);
        await Eventually.HoldsAsync(async () =>
        {
            Clock.Advance(TimeSpan.Zero);
            (await ViewAsync(fixture)).Status.Should().Be(MatchStatus.Live);
        });
        var looks = RequestsFor(FixtureId);

        fixture.Tell(PlayerShots(shooter.Name, other.Name, 2.60m, 1.50m));
        fixture.Tell(PlayerShots(shooter.Name, other.Name, 1.50m, 1.50m));
        (await ViewAsync(fixture)).Status.Should().Be(MatchStatus.Live);
        RequestsFor(FixtureId).Should().Be(looks, "another player's shot concerns no bet, and his own first leaves the bet one short");

        fixture.Tell(PlayerShots(shooter.Name, other.Name, 1.20m, 1.50m));
        await Eventually.HoldsAsync(() => RequestsFor(FixtureId).Should().Be(looks + 1, "his second shot told of may decide it"));
        (await ViewAsync(fixture)).RefreshedBecause.Should().Be(RefreshReasons.Odds);
    }

    [Fact]
    public async Task Bets_tracked_in_play_every_minute_do_not_put_the_next_poll_back()
    {
        var (fixture, _) = await TwoLiveFixturesAsync(FixtureSettings.Default with { PreMatchInterval = TimeSpan.FromDays(1) }, _client);
        var looks = RequestsFor(FixtureId);

        // Each bet ends a grading round, and a round's end sets the next poll: it must not start the interval again.
        const int Minutes = 10;
        for (var minute = 1; minute <= Minutes; minute++)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            var late = Match($"in-play-{minute}", Proppr.Actors.Betting.Market.Goals, Proppr.Actors.Betting.Selection.Over, 9.5m, 1.9m);
            await fixture.Ask<BetsTracked>(new TrackBets(FixtureId, [late])).WaitAsync(Reply);
            await Eventually.HoldsAsync(async () => (await ViewAsync(fixture)).Grading.Should().BeFalse());
        }

        var due = Minutes / (int)FixtureSettings.Default.LiveInterval.TotalMinutes;
        await Eventually.HoldsAsync(() => RequestsFor(FixtureId).Should().BeGreaterThanOrEqualTo(looks + due, $"{Minutes} minutes in play at a live interval of {FixtureSettings.Default.LiveInterval}"));
    }

    [Fact]
    public async Task A_flickering_market_does_not_multiply_polls()
    {
        var (fixture, _) = await TwoLiveFixturesAsync(FixtureSettings.Default, _client);
        var looks = RequestsFor(FixtureId);

        // Suspended and back every two seconds for a minute; FotMob never shows anything new.
        for (var flicker = 0; flicker < 30; flicker++)
        {
            fixture.Tell(Suspended(FixtureId));
            fixture.Tell(Odds(FixtureId));
            (await ViewAsync(fixture)).Status.Should().Be(MatchStatus.Live);
            Clock.Advance(TimeSpan.FromSeconds(2));
        }
        await Eventually.HoldsAsync(() => RequestsFor(FixtureId).Should().BeGreaterThan(looks));

        (RequestsFor(FixtureId) - looks).Should().BeInRange(1, FixtureSettings.Default.SignalPollBurst, "30 signals in a minute");
    }

    [Fact]
    public async Task When_the_quota_is_tight_a_fixture_whose_next_event_could_decide_a_bet_is_served_first()
    {
        // Two FotMob requests per window: live priority may take both, any other work one.
        var tight = FixtureOverFotMobTests.Limits with
        {
            Intervals = new Dictionary<string, AdaptiveIntervalSettings> { [Apis.FotMob] = new() { BatchSize = 2, ThrottledBatchSize = 2 } },
        };
        var limiter = new ActorRateLimiterClient(System.ActorOf(RateLimiter.Props(tight), "tight-limiter"), TimeSpan.FromSeconds(5));
        var client = new FotMobClient(new FotMobClientOptions { BaseUrl = _fotMob.BaseUrl, Timeout = TimeSpan.FromSeconds(5) }, limiter);
        // No timer of its own polls in the test: only what is asked for.
        var settings = FixtureSettings.Default with { PreMatchInterval = TimeSpan.FromDays(1), LiveInterval = TimeSpan.FromDays(1) };
        var (decidable, quiet) = await TwoLiveFixturesAsync(settings, client);
        Clock.Advance(new AdaptiveIntervalSettings().Initial + TimeSpan.FromSeconds(1));
        (await limiter.RequestAsync(Apis.FotMob, PermitPriority.Normal, CancellationToken.None)).Granted.Should().BeTrue("the window is empty");
        var (decidableLooks, quietLooks) = (RequestsFor(FixtureId), RequestsFor(OddsOnlyFixture));

        quiet.Tell(new RefreshMatch(OddsOnlyFixture));
        decidable.Tell(new RefreshMatch(FixtureId));

        await Eventually.HoldsAsync(() => RequestsFor(FixtureId).Should().Be(decidableLooks + 1));
        (await ViewAsync(quiet)).Status.Should().Be(MatchStatus.Live);
        RequestsFor(OddsOnlyFixture).Should().Be(quietLooks, "the window's share for other work is spent");
        await Eventually.HoldsAsync(() =>
        {
            Clock.Advance(TimeSpan.FromSeconds(30));
            RequestsFor(OddsOnlyFixture).Should().Be(quietLooks + 1, "served once the window moves on");
        });
    }

    /// <summary>
    /// Two fixtures in play with odds: <see cref="FixtureId"/> with an OVER one goal short of its line (the next goal
    /// decides it), <see cref="OddsOnlyFixture"/> with a first-half result (no single event decides it).
    /// </summary>
    private async Task<(IActorRef Decidable, IActorRef Quiet)> TwoLiveFixturesAsync(FixtureSettings settings, FotMobClient client)
    {
        var goals = FotMobParser.Parse(LivePayloads.TruncateAt(ReferenceData.ReadFotMob(FixtureId), 30)).Score;
        var oneShort = Match("one-short", Proppr.Actors.Betting.Market.Goals, Proppr.Actors.Betting.Selection.Over, goals.Home + goals.Away + 0.5m, 1.9m);
        var decidable = System.ActorOf(FixtureActor.Props(FixtureId, client, settings));
        var quiet = System.ActorOf(FixtureActor.Props(OddsOnlyFixture, client, settings));
        decidable.Tell(Odds(FixtureId));
        quiet.Tell(Odds(OddsOnlyFixture));
        await decidable.Ask<BetsTracked>(new TrackBets(FixtureId, [oneShort])).WaitAsync(Reply);
        await quiet.Ask<BetsTracked>(new TrackBets(OddsOnlyFixture, [FirstHalfDraw with { FixtureId = OddsOnlyFixture }])).WaitAsync(Reply);
        await Eventually.HoldsAsync(async () =>
        {
            Clock.Advance(TimeSpan.FromSeconds(30));
            (await ViewAsync(decidable)).Status.Should().Be(MatchStatus.Live);
            (await ViewAsync(quiet)).Status.Should().Be(MatchStatus.Live);
        });
        return (decidable, quiet);
    }

    /// <summary>The bookmaker's prices withdrawn, as books do on a goal.</summary>
    private static ApplyOdds Suspended(long fixtureId) =>
        new(fixtureId, string.Create(CultureInfo.InvariantCulture, $"ev-{fixtureId}"), Kickoff, [OddsTick.Withdraw("Pinnacle", Kickoff.AddMinutes(40))]);

    /// <summary>Two players' OVER prices on the line above what they have shot, as a book in play quotes them.</summary>
    private static ApplyOdds PlayerShots(string first, string second, decimal firstOver, decimal secondOver)
    {
        OddsKey Shots(string player) => new(MarketNames.PlayerProps, OddsOutcomes.Over, 9.5m, $"{player} (Shots)");
        return new(FixtureId, string.Create(CultureInfo.InvariantCulture, $"ev-{FixtureId}"), Kickoff,
            [OddsTick.Quote(Quotes("Pinnacle", (Home, 2.00m), (Shots(first), firstOver), (Shots(second), secondOver)), Kickoff.AddMinutes(31))]);
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
