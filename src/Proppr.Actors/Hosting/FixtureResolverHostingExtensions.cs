using Akka.Cluster.Hosting;
using Akka.Hosting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches.Resolution;

namespace Proppr.Actors.Hosting;

public static class FixtureResolverHostingExtensions
{
    /// <summary>
    /// The fixture resolver as a cluster singleton on role <c>proppr</c> with a proxy on this node, registered as
    /// <see cref="FixtureResolver"/>. Needs the fixture region (it hands resolved bets to their fixtures).
    /// </summary>
    public static AkkaConfigurationBuilder AddFixtureResolver(
        this AkkaConfigurationBuilder builder,
        FixtureResolverSettings settings,
        Func<IActorRegistry, IFixtureSearch> search) =>
        builder.WithSingleton<FixtureResolver>(
            "fixture-resolver",
            (_, registry, resolver) =>
                FixtureResolver.Props(search(registry), resolver.GetService<FixtureMappingStore>(), registry.Get<FixtureRegion>(), settings),
            new ClusterSingletonOptions { Role = ClusterRoles.Proppr },
            createProxyToo: true);
}
