using Akka.Cluster.Hosting;
using Akka.Hosting;
using Proppr.Actors.Ledger;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Hosting;

public static class LedgerHostingExtensions
{
    /// <summary>
    /// The spreadsheet ledger as a cluster singleton on role <c>proppr</c> (one writer per sheet), with a proxy on this
    /// node registered as <see cref="LedgerSync"/> for status requests. Every Sheets call asks the rate limiter
    /// through <paramref name="limiter"/>. Does nothing when <paramref name="options"/> names no spreadsheet or no credentials: the ledger is off.
    /// </summary>
    public static AkkaConfigurationBuilder AddLedgerSync(
        this AkkaConfigurationBuilder builder, LedgerOptions options, Func<IActorRegistry, IRateLimiterClient> limiter) =>
        !options.IsConfigured
            ? builder
            : builder.WithSingleton<LedgerSync>(
                "ledger-sync",
                (_, registry, resolver) =>
                    LedgerSync.Props(options, resolver.GetService<DatabaseOptions>(), resolver.GetService<BetQueries>(), limiter(registry)),
                new ClusterSingletonOptions { Role = ClusterRoles.Proppr },
                createProxyToo: true);
}
