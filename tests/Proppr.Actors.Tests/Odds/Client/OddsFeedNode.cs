using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds.Client;
using Proppr.Actors.RateLimiting;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Odds.Client;

/// <summary>
/// A node composed as production composes one for the odds feed: rate limiter, fixture shards, fixture resolver and the
/// feed singleton (and, when asked, the odds history). FotMob finds nothing here, so provider events resolve only
/// through the mappings a test gives.
/// </summary>
internal static class OddsFeedNode
{
    public static Task<TestNode> StartAsync(DatabaseOptions database, OddsFeedOptions options, params (string EventId, long FixtureId)[] mappings) =>
        StartAsync(database, options, _ => { }, mappings);

    public static async Task<TestNode> StartAsync(
        DatabaseOptions database, OddsFeedOptions options, Action<AkkaConfigurationBuilder> more, params (string EventId, long FixtureId)[] mappings)
    {
        var matchData = new ScriptedMatchData();
        var node = await TestNode.StartAsync(database, akka =>
        {
            akka.AddRateLimiter(RateLimiterSettings.Default)
                .AddFixtureSharding(FixtureSettings.Default, _ => matchData)
                .AddFixtureResolver(FixtureResolverSettings.Default, _ => new NoCandidates())
                .AddOddsFeed(options, registry => new ActorRateLimiterClient(registry.Get<RateLimiter>(), TimeSpan.FromSeconds(5)));
            more(akka);
        });
        foreach (var (eventId, fixtureId) in mappings)
        {
            node.Required<FixtureResolver>().Tell(new MapFixture(eventId, fixtureId));
        }
        return node;
    }

    public static Task<FixtureOddsView> OddsOfAsync(this TestNode node, long fixtureId) =>
        node.Required<FixtureRegion>().Ask<FixtureOddsView>(new GetFixtureOdds(fixtureId), TimeSpan.FromSeconds(20));

    private sealed class NoCandidates : IFixtureSearch
    {
        public Task<IReadOnlyList<FixtureCandidate>> SearchAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<FixtureCandidate>>([]);
    }
}
