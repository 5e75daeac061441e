using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.RateLimiting;

namespace Proppr.Node;

/// <summary>
/// Composes a cluster member: configuration from <c>appsettings.json</c>, environment variables and the command line;
/// each concern is one builder extension, so this reads as the list of what a node runs.
/// </summary>
public static class NodeHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var configuration = builder.Configuration;
        var database = (configuration.GetSection("Database").Get<DatabaseSettings>() ?? new()).ToOptions(builder.Environment.ContentRootPath);
        var cluster = configuration.GetSection("Cluster").Get<ClusterNodeOptions>() ?? new();
        var fotMob = configuration.GetSection("FotMob").Get<FotMobClientOptions>() ?? new();
        var fixtures = configuration.GetSection("Fixtures").Get<FixtureSettings>() ?? FixtureSettings.Default;
        var limits = RateLimiterSettings.Default;

        builder.Services.AddSingleton(database);
        builder.Services.AddAkka(PropprConfig.ActorSystemName, akka => akka
            .WithPropprHocon()
            .WithPropprCluster(cluster)
            .WithPropprPersistence(database)
            .AddRateLimiter(limits)
            .AddFixtureSharding(fixtures, registry => new FotMobClient(fotMob, RateLimiterClientFor(registry))));

        var app = builder.Build();
        app.MapHealthEndpoints();
        return app;
    }

    private static IRateLimiterClient RateLimiterClientFor(IActorRegistry registry) =>
        new ActorRateLimiterClient(registry.Get<RateLimiter>(), TimeSpan.FromSeconds(5));
}
