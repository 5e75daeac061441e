using Akka.Cluster.Hosting;
using Akka.Hosting;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Hosting;

public static class RateLimiterHostingExtensions
{
    /// <summary>
    /// The rate limiter as a cluster singleton on role <c>proppr</c>, with a proxy on this node registered as
    /// <see cref="RateLimiter"/> (the proxy buffers requests during a hand-over).
    /// </summary>
    public static AkkaConfigurationBuilder AddRateLimiter(this AkkaConfigurationBuilder builder, RateLimiterSettings settings) =>
        builder.WithSingleton<RateLimiter>(
            "rate-limiter",
            RateLimiter.Props(settings),
            new ClusterSingletonOptions { Role = ClusterRoles.Proppr },
            createProxyToo: true);
}
