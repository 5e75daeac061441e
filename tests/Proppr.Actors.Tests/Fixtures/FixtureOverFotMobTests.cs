using Akka.Actor;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.RateLimiting;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// A sharded fixture polling the real <see cref="FotMobClient"/>, through the real limiter, against FotMob on loopback:
/// whatever FotMob does wrong first, the bets tracked meanwhile are settled from the match once it answers.
/// </summary>
public sealed class FixtureOverFotMobTests : IAsyncLifetime
{
    /// <summary>A limiter that never makes a fixture wait: these tests are about what the fixture asks, not when it may.</summary>
    internal static readonly RateLimiterSettings Limits = RateLimiterSettings.Default with
    {
        Intervals = new Dictionary<string, AdaptiveIntervalSettings>
        {
            [Apis.FotMob] = new() { BatchSize = 10_000, ThrottledBatchSize = 10_000 },
        },
    };

    private readonly TempDatabaseFile _database = new();
    private FotMobStandIn _fotMob = null!;
    private TestNode _node = null!;

    public async Task InitializeAsync()
    {
        _fotMob = await FotMobStandIn.StartAsync();
        var options = new FotMobClientOptions { BaseUrl = _fotMob.BaseUrl, Timeout = TimeSpan.FromSeconds(1) };
        _node = await TestNode.StartAsync(_database.Options, akka => akka
            .AddRateLimiter(Limits)
            .AddFixtureSharding(FixtureScenarioTests.Fast, registry =>
                new FotMobClient(options, new ActorRateLimiterClient(registry.Get<RateLimiter>(), TimeSpan.FromSeconds(5)))));
    }

    private Task<BetView> ViewOf(Bet bet) =>
        _node.Required<FixtureRegion>().Ask<BetView>(new GetBet(FixtureId, bet.BetId), TimeSpan.FromSeconds(10));

    [Fact]
    public async Task Bets_tracked_while_fotmob_fails_are_settled_once_it_answers()
    {
        _fotMob.RetryAfter = TimeSpan.FromSeconds(1);
        _fotMob.Queue(FotMobFault.RateLimited, FotMobFault.ServerError, FotMobFault.Malformed, FotMobFault.Slow, FotMobFault.ServerError);

        var tracked = await _node.Required<FixtureRegion>().Ask<BetsTracked>(
            new TrackBets(FixtureId, [OverTwoAndAHalfGoals, HomeMinusAHalf]), TimeSpan.FromSeconds(10));
        tracked.Outcomes.Should().OnlyContain(o => o.Status == TrackStatus.Accepted);

        await Eventually.HoldsAsync(async () =>
            (await ViewOf(OverTwoAndAHalfGoals)).Settlement.Should().Match<Settlement>(s => s.Status == SettlementStatus.Won && s.Returns == 19m));
        (await ViewOf(HomeMinusAHalf)).Settlement.Should().Match<Settlement>(s => s.Status == SettlementStatus.Lost && s.Returns == 0m);
        _fotMob.Requests.Should().HaveCountGreaterThan(5, "five failed polls came first");
    }

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        await _fotMob.DisposeAsync();
        _database.Dispose();
    }
}
