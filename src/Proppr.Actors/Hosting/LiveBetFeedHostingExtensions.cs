using Akka.Hosting;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Hosting;

public static class LiveBetFeedHostingExtensions
{
    /// <summary>This node's live feed of bet events, registered as <see cref="LiveBetFeed"/> (every node has its own).</summary>
    public static AkkaConfigurationBuilder AddLiveBetFeed(this AkkaConfigurationBuilder builder, RestartBackoff backoff) =>
        builder.WithActors((system, registry, resolver) =>
            registry.Register<LiveBetFeed>(
                system.ActorOf(LiveBetFeed.Props(JournalEnd.For(system, resolver.GetService<DatabaseOptions>()), backoff), "live-bet-feed")));
}
