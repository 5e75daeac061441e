using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Hosting;

namespace Proppr.Lighthouse;

/// <summary>
/// The seed node process: joins (or forms) the cluster with role <c>lighthouse</c> and answers health probes.
/// Settings from <c>appsettings.json</c> and environment variables (<c>Cluster__Port</c>, <c>Cluster__SeedNodes__0</c>, ...).
/// </summary>
public static class LighthouseHost
{
    /// <summary>Seeds listen on a fixed port so every member can be told where they are.</summary>
    public const int DefaultPort = 4053;

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var cluster = builder.Configuration.GetSection("Cluster").Get<ClusterNodeOptions>() ?? new ClusterNodeOptions { Port = DefaultPort };
        builder.Services.AddAkka(PropprConfig.ActorSystemName, akka => akka
            .WithPropprHocon()
            .WithPropprCluster(cluster with { Roles = [ClusterRoles.Lighthouse] })
            // A seed keeps no state: no journal or snapshot store starts here.
            .AddHocon("akka.persistence.journal.auto-start-journals = [], akka.persistence.snapshot-store.auto-start-snapshot-stores = []", HoconAddMode.Prepend));
        // SIGTERM stops the host, which runs coordinated shutdown: give it every phase's time before giving up on it.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = CoordinatedShutdownBudget.HostShutdownTimeout());

        var app = builder.Build();
        app.MapGet("/health/live", () => Results.Ok("live"));
        app.MapGet("/health/ready", (ActorSystem system) =>
            ClusterMemberHealth.IsUp(system) ? Results.Ok("ready") : Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
