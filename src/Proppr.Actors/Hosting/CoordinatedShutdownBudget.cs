using Akka.Configuration;

namespace Proppr.Actors.Hosting;

/// <summary>
/// How long a coordinated shutdown may take, and so how long a host must wait for it when it stops (SIGTERM in
/// Kubernetes). Phases run one after another and each is abandoned at its timeout, so the worst case is the sum of the
/// phases' timeouts. The pod's termination grace period must exceed <see cref="HostShutdownTimeout"/>.
/// </summary>
public static class CoordinatedShutdownBudget
{
    /// <summary>What the host does beside coordinated shutdown when it stops: the web server drains its requests.</summary>
    public static readonly TimeSpan WebServerStop = TimeSpan.FromSeconds(10);

    /// <summary>The longest coordinated shutdown under <paramref name="config"/> (a full config, Akka's defaults included).</summary>
    public static TimeSpan WorstCase(Config config)
    {
        var shutdown = config.GetConfig("akka.coordinated-shutdown");
        var defaultTimeout = shutdown.GetTimeSpan("default-phase-timeout");
        var phases = shutdown.GetConfig("phases");
        return phases.Root.GetObject().Items.Keys
            .Select(phase => phases.GetConfig(phase).GetTimeSpan("timeout", defaultTimeout))
            .Aggregate(TimeSpan.Zero, (total, timeout) => total + timeout);
    }

    /// <summary>What <c>HostOptions.ShutdownTimeout</c> must be for <c>akka.hocon</c>'s phases to finish.</summary>
    public static TimeSpan HostShutdownTimeout() =>
        WorstCase(PropprConfig.Load().WithFallback(ConfigurationFactory.Default())) + WebServerStop;
}
