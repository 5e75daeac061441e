using Akka.Cluster.Hosting;
using Akka.Hosting;
using Proppr.Actors.Stats;

namespace Proppr.Actors.Hosting;

public static class StatsHostingExtensions
{
    /// <summary>
    /// The stats pipeline as a cluster singleton on role <c>proppr</c> with a proxy on this node, registered as
    /// <see cref="StatsPipeline"/>, and this node's <see cref="MatchDetailsForwarder"/>, which hands it the match details
    /// the fixtures here publish. With a <paramref name="leagueFeed"/>, the <see cref="LeagueCrawler"/> singleton too,
    /// feeding the pipeline the configured leagues' matches daily. Read the results with <see cref="StatsQueries"/>.
    /// </summary>
    public static AkkaConfigurationBuilder AddStatsPipeline(
        this AkkaConfigurationBuilder builder, StatsSettings settings, Func<IActorRegistry, ILeagueFeed>? leagueFeed = null)
    {
        builder
            .WithSingleton<StatsPipeline>(
                "stats-pipeline",
                (_, _, resolver) => StatsPipeline.Props(settings, resolver.GetService<StatsStore>(), resolver.GetService<StatsQueries>()),
                new ClusterSingletonOptions { Role = ClusterRoles.Proppr },
                createProxyToo: true)
            .WithActors((system, registry) =>
                registry.Register<MatchDetailsForwarder>(
                    system.ActorOf(MatchDetailsForwarder.Props(registry.Get<StatsPipeline>()), "match-snapshot-forwarder")));
        return leagueFeed is null
            ? builder
            : builder.WithSingleton<LeagueCrawler>(
                "league-crawler",
                (_, registry, resolver) => LeagueCrawler.Props(
                    settings.Crawl, leagueFeed(registry), resolver.GetService<StatsQueries>(), registry.Get<StatsPipeline>()),
                new ClusterSingletonOptions { Role = ClusterRoles.Proppr },
                createProxyToo: true);
    }
}
