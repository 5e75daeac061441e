using Akka.Cluster.Hosting;
using Akka.Hosting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds.Client;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Hosting;

public static class OddsFeedHostingExtensions
{
    /// <summary>
    /// The live odds feed as a cluster singleton on role <c>proppr</c> (one socket per API key, as the provider allows),
    /// with a proxy on this node registered as <see cref="OddsFeed"/>. Needs the fixture region and the fixture
    /// resolver (ticks go to fixtures by FotMob id) and a rate-limiter client (every connect and REST call asks it).
    /// A configuration the provider would refuse (too many markets, leagues together with event ids, no key) fails here.
    /// </summary>
    public static AkkaConfigurationBuilder AddOddsFeed(
        this AkkaConfigurationBuilder builder, OddsFeedOptions options, Func<IActorRegistry, IRateLimiterClient> limiter)
    {
        _ = new FeedSubscription(options);
        return builder.WithSingleton<OddsFeed>(
            "odds-feed",
            (_, registry, _) => OddsFeed.Props(options, limiter(registry), registry.Get<FixtureRegion>(), registry.Get<FixtureResolver>()),
            new ClusterSingletonOptions { Role = ClusterRoles.Proppr },
            createProxyToo: true);
    }
}
