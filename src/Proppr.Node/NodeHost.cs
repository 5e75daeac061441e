using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Betting.Players;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.ReadModel;
using Proppr.Actors.ReadModel.Clients;
using Proppr.Actors.Stats;
using Proppr.Node.Alerts;
using Proppr.Node.Api;
using Proppr.Node.Api.Bets;
using Proppr.Node.Api.Fixtures;
using Proppr.Node.Api.Management;
using Proppr.Node.Api.Odds;
using Proppr.Node.Api.Reports;
using Proppr.Node.Api.Settlements;
using Proppr.Node.Api.Stats;
using Proppr.Node.Api.Stream;
using Proppr.Node.Configuration;
using Proppr.Node.Metrics;

namespace Proppr.Node;

/// <summary>
/// Composes a cluster member: configuration from <c>akka.hocon</c>, <c>appsettings.json</c>, environment variables and
/// the command line (<see cref="NodeSettings"/>); each concern is one builder extension, so this reads as the list of
/// what a node runs.
/// </summary>
public static class NodeHost
{
    private static readonly TimeSpan LimiterAskTimeout = TimeSpan.FromSeconds(5);

    /// <summary>A node from its arguments; <paramref name="marketTime"/> is the demo's replayed clock (see <see cref="Proppr.Actors.Fixtures.FixtureSettings.MarketTime"/>).</summary>
    public static WebApplication Build(string[] args, TimeProvider? marketTime = null)
    {
        // Configuration files beside the binary wherever the node is started from; the data directory stays relative to
        // the working directory, as before.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // The request log names the full URL, query string included, and a client may put a secret there.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        var settings = NodeSettings.From(builder.Configuration, Environment.CurrentDirectory).WithMarketTime(marketTime);
        var metrics = new NodeMetrics();

        builder.Services
            .AddNodeApi(settings, metrics)
            .AddAkka(PropprConfig.ActorSystemName, akka =>
            {
                akka.WithPropprHocon()
                    .WithPropprCluster(settings.Cluster)
                    .WithPropprPersistence(settings.Database, BetIdClaims.Create)
                    .AddRateLimiter(settings.RateLimits)
                    .AddFixtureSharding(settings.Fixtures, registry => new FotMobClient(settings.FotMob, LimiterClient(registry, metrics)))
                    .AddFixtureResolver(settings.Resolution, registry => new FotMobFixtureSearch(settings.FotMob, LimiterClient(registry, metrics)))
                    .AddBetProjection(RestartBackoff.Default)
                    .AddLiveBetFeed(RestartBackoff.Default)
                    .AddOddsHistory(settings.OddsHistory, settings.Fixtures.MarketTime)
                    .AddStatsPipeline(settings.Stats, registry => new FotMobLeagueFeed(settings.FotMob, LimiterClient(registry, metrics)))
                    .AddLedgerSync(settings.Ledger, registry => LimiterClient(registry, metrics))
                    .AddBetEventMetrics(metrics)
                    .AddRecoveryFailureWatch(settings.Alerts.RecoveryFailureWindow);
                if (settings.AkkaLogLevel is { } level)
                {
                    akka.AddHocon($"akka.loglevel = {level}", HoconAddMode.Prepend);
                }
                if (settings.RunsOddsFeed)
                {
                    akka.AddOddsFeed(settings.Odds, registry => LimiterClient(registry, metrics));
                }
            })
            .AddNodeAlerts(settings);
        // SIGTERM stops the host, which runs coordinated shutdown: give it every phase's time before giving up on it.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = CoordinatedShutdownBudget.HostShutdownTimeout());

        var app = builder.Build();
        var access = new ApiAccess(settings.Api);
        app.UseJsonErrors();
        app.MapHealthEndpoints();
        app.MapMetricsEndpoint(LimiterAskTimeout);
        if (settings.RunsOddsFeed)
        {
            app.MapOddsFeedMetrics(LimiterAskTimeout);
        }
        app.MapBetEndpoints(access);
        app.MapFixtureEndpoints(access);
        app.MapStatsEndpoints(access);
        app.MapOddsHistoryEndpoints(access);
        app.MapSettlementEndpoints(access);
        app.MapReportEndpoints(access);
        app.MapStreamEndpoints(access);
        app.MapManagementEndpoints(access);
        app.MapMonitor(access, settings.Screening);
        return app;
    }

    /// <summary>Every external call this node makes asks the limiter singleton, counted on the way.</summary>
    private static IRateLimiterClient LimiterClient(IActorRegistry registry, NodeMetrics metrics) =>
        new MeteredRateLimiterClient(new ActorRateLimiterClient(registry.Get<RateLimiter>(), LimiterAskTimeout), metrics);

    /// <summary>The node's services: the stores (made once, shared by the API and the actors), settings, JSON shape, the intake and the stream's sources.</summary>
    private static IServiceCollection AddNodeApi(this IServiceCollection services, NodeSettings settings, NodeMetrics metrics)
    {
        services.ConfigureHttpJsonOptions(options => ContractJson.Configure(options.SerializerOptions));
        services.AddPropprStores(settings.Database, settings.Stats.Calendar);
        services.AddSingleton(settings.Api);
        services.AddSingleton(metrics);
        services.AddSingleton(new BetIdClaims(settings.Database));
        services.AddSingleton<IRateLimiterClient>(provider => LimiterClient(provider.GetRequiredService<ActorRegistry>(), metrics));
        services.AddSingleton<HandOffGate>();
        services.AddSingleton<BetIntake>();
        services.AddSingleton<ILiveEventSource, BetFeedEvents>();
        services.AddSingleton<ILiveEventSource, OddsSignalEvents>();
        services.AddSingleton<ILiveEventSource, ClientCategoryEvents>();
        return services;
    }
}
