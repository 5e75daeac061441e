using Akka.Cluster.Hosting;
using Akka.Hosting;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Hosting;

public static class BetProjectionHostingExtensions
{
    /// <summary>
    /// The read-model projection as a cluster singleton on role <c>proppr</c> (one writer of the read model), with a
    /// proxy on this node registered as <see cref="BetProjection"/> for progress and rebuild requests.
    /// </summary>
    public static AkkaConfigurationBuilder AddBetProjection(this AkkaConfigurationBuilder builder, RestartBackoff backoff) =>
        builder.WithSingleton<BetProjection>(
            "bet-projection",
            (_, _, resolver) => BetProjection.Props(resolver.GetService<BetReadModelStore>(), backoff),
            new ClusterSingletonOptions { Role = ClusterRoles.Proppr },
            createProxyToo: true);
}
