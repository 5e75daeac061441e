using System.Globalization;
using Akka.Actor;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds.Feed;
using Proppr.Actors.RateLimiting;
using Proppr.Replay.Generation;
using Proppr.Replay.Server;
using Proppr.Replay.Timeline;
using Proppr.TestSupport;

namespace Proppr.Replay.Tests.Server;

/// <summary>
/// The odds feed's events, as the replay's Odds-API REST serves them (its own ids, its own team spellings), resolved to
/// FotMob match ids by the resolver singleton on a real node, searching the replay's FotMob day listing through the
/// real <see cref="FotMobFixtureSearch"/> and limiter. The day's answer key says which match each event is.
/// </summary>
public sealed class FixtureResolutionTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly MatchDay _day = MatchDayGenerator.Generate(new MatchDayOptions { Seed = 17, Fixtures = 24 });
    private readonly TempDatabaseFile _database = new();
    private ReplayServer _server = null!;
    private TestNode _node = null!;

    public async Task InitializeAsync()
    {
        _server = await ReplayServer.StartAsync(_day, ReplayClock.ForDay(_day, speed: 1, lead: TimeSpan.FromHours(3)));
        var fotMob = new FotMobClientOptions { BaseUrl = _server.BaseUrl };
        var settings = FixtureResolverSettings.Default with
        {
            Backoff = new RetryBackoff(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)),
            TickInterval = TimeSpan.FromMilliseconds(100),
        };
        _node = await TestNode.StartAsync(_database.Options, akka => akka
            .AddRateLimiter(RateLimiterSettings.Default)
            .AddFixtureSharding(FixtureSettings.Default, _ => new ScriptedMatchData())
            .AddFixtureResolver(settings, registry =>
                new FotMobFixtureSearch(fotMob, new ActorRateLimiterClient(registry.Get<RateLimiter>(), TimeSpan.FromSeconds(5)))));
    }

    private async Task<IReadOnlyList<OddsEvent>> OddsEventsAsync()
    {
        using var http = new HttpClient { BaseAddress = _server.BaseUrl };
        var parsed = OddsRestParser.ParseEvents(await http.GetStringAsync("v3/events?apiKey=replay&sport=football"));
        parsed.Errors.Should().BeEmpty();
        return parsed.Items;
    }

    private long FotMobIdOf(OddsEvent oddsEvent) =>
        _day.FindByOddsEvent(long.Parse(oddsEvent.Id, CultureInfo.InvariantCulture))!.MatchId;

    [Fact]
    public async Task Every_odds_event_resolves_to_its_fotmob_match_despite_the_different_spellings()
    {
        var events = await OddsEventsAsync();
        events.Should().HaveCount(24);
        events.Should().Contain(e => e.Home != _day.FindByOddsEvent(long.Parse(e.Id, CultureInfo.InvariantCulture))!.Home.Name,
            "the odds side spells some clubs its own way");
        var resolver = _node.Required<FixtureResolver>();
        var queries = events.Select(e => new FixtureQuery(e.Id, e.Home!, e.Away!, e.StartTime!.Value)).ToList();

        foreach (var query in queries)
        {
            (await resolver.Ask<FixtureResolution>(new ResolveFixture(query), Wait)).FixtureId.Should().BeNull();
        }

        await Eventually.HoldsAsync(async () =>
            (await resolver.Ask<UnresolvedFixtures>(GetUnresolvedFixtures.Instance, Wait)).Items.Should().BeEmpty());
        foreach (var (query, oddsEvent) in queries.Zip(events))
        {
            (await resolver.Ask<FixtureResolution>(new ResolveFixture(query), Wait)).FixtureId.Should().Be(FotMobIdOf(oddsEvent), query.ToString());
        }
        var mappings = await new FixtureMappingStore(_database.Options).ListAsync(CancellationToken.None);
        mappings.Should().HaveCount(24).And.OnlyContain(m => m.Score >= 0.75);
    }

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        await _server.DisposeAsync();
        _database.Dispose();
    }
}
