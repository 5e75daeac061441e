using Akka.Hosting;
using Proppr.Actors.Odds.History;

namespace Proppr.Actors.Hosting;

public static class OddsHistoryHostingExtensions
{
    /// <summary>
    /// This node's <see cref="OddsHistoryWriter"/>, registered as such: every node runs one, and the odds signals go to
    /// one of them each. Read the history with <see cref="OddsHistoryQueries"/>.
    /// </summary>
    public static AkkaConfigurationBuilder AddOddsHistory(this AkkaConfigurationBuilder builder, OddsHistorySettings settings, TimeProvider? clock = null) =>
        builder.WithActors((system, registry, resolver) =>
            registry.Register<OddsHistoryWriter>(system.ActorOf(
                OddsHistoryWriter.Props(resolver.GetService<OddsHistoryStore>(), settings, clock ?? TimeProvider.System), "odds-history")));
}
