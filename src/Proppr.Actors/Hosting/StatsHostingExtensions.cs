using Akka.Cluster.Hosting;
using Akka.Hosting;
using Proppr.Actors.Stats;

namespace Proppr.Actors.Hosting;

public static class StatsHostingExtensions
{
    /// <summary>
    /// The stats pipeline as a cluster singleton on role <c>proppr</c> with a proxy on this node, registered as
    /// <see cref="StatsPipeline"/>, and this node's <see cref="MatchDetailsForwarder"/>, which hands it the match details
    /// the fixtures here publish. Read the results with <see cref="StatsQueries"/>.
    /// </summary>
    public static AkkaConfigurationBuilder AddStatsPipeline(this AkkaConfigurationBuilder builder, StatsSettings settings) =>
        builder
            .WithSingleton<StatsPipeline>(
                "stats-pipeline",
                (_, _, resolver) => StatsPipeline.Props(settings, resolver.GetService<StatsStore>(), resolver.GetService<StatsQueries>()),
                new ClusterSingletonOptions { Role = ClusterRoles.Proppr },
                createProxyToo: true)
            .WithActors((system, registry) =>
                registry.Register<MatchDetailsForwarder>(
                    system.ActorOf(MatchDetailsForwarder.Props(registry.Get<StatsPipeline>()), "match-snapshot-forwarder")));
}
