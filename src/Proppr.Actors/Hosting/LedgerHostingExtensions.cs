using Akka.Cluster.Hosting;
using Akka.Hosting;
using Proppr.Actors.Ledger;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Hosting;

public static class LedgerHostingExtensions
{
    /// <summary>
    /// The spreadsheet ledger as a cluster singleton on role <c>proppr</c> (one writer per sheet), with a proxy on this
    /// node registered as <see cref="LedgerSync"/> for status requests. Needs the rate limiter (every Sheets call asks
    /// it). Does nothing when <paramref name="options"/> names no spreadsheet or no credentials: the ledger is off.
    /// </summary>
    public static AkkaConfigurationBuilder AddLedgerSync(
        this AkkaConfigurationBuilder builder, LedgerOptions options, DatabaseOptions database, TimeSpan limiterAskTimeout) =>
        !options.IsConfigured
            ? builder
            : builder.WithSingleton<LedgerSync>(
                "ledger-sync",
                (_, registry, _) => LedgerSync.Props(options, database, new ActorRateLimiterClient(registry.Get<RateLimiter>(), limiterAskTimeout)),
                new ClusterSingletonOptions { Role = ClusterRoles.Proppr },
                createProxyToo: true);
}
