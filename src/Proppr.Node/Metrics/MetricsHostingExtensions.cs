using Akka.Actor;
using Akka.Hosting;
using Prometheus;
using Proppr.Actors.Odds.Client;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.ReadModel;

namespace Proppr.Node.Metrics;

public static class MetricsHostingExtensions
{
    /// <summary>Counts the live feed's bet events into <paramref name="metrics"/> (after <c>AddLiveBetFeed</c>).</summary>
    public static AkkaConfigurationBuilder AddBetEventMetrics(this AkkaConfigurationBuilder builder, NodeMetrics metrics) =>
        builder.WithActors((system, registry) => system.ActorOf(BetEventMeter.Props(registry.Get<LiveBetFeed>(), metrics), "bet-event-meter"));

    /// <summary><c>/metrics</c>, open like the health probes; the limiter's state is asked for at each scrape.</summary>
    public static void MapMetricsEndpoint(this WebApplication app, TimeSpan askTimeout)
    {
        var metrics = app.Services.GetRequiredService<NodeMetrics>();
        var limiter = app.Services.GetRequiredService<IRequiredActor<RateLimiter>>();
        metrics.Registry.AddBeforeCollectCallback(async cancellationToken =>
        {
            try
            {
                metrics.Record(await limiter.ActorRef.Ask<LimiterState>(GetLimiterState.Instance, askTimeout, cancellationToken));
            }
            catch (Exception e) when (e is AskTimeoutException or OperationCanceledException)
            {
                metrics.LimiterUp.Set(0);
            }
        });
        app.MapMetrics("/metrics", metrics.Registry);
    }

    /// <summary>The odds feed's ticks, reconnects and connection at each scrape (when the node runs the feed).</summary>
    public static void MapOddsFeedMetrics(this WebApplication app, TimeSpan askTimeout)
    {
        var metrics = app.Services.GetRequiredService<NodeMetrics>();
        var feed = app.Services.GetRequiredService<IRequiredActor<OddsFeed>>();
        var meter = new OddsFeedMeter(metrics);
        metrics.Registry.AddBeforeCollectCallback(async cancellationToken =>
        {
            try
            {
                meter.Record(await feed.ActorRef.Ask<OddsFeedStatus>(GetOddsFeedStatus.Instance, askTimeout, cancellationToken));
            }
            catch (Exception e) when (e is AskTimeoutException or OperationCanceledException)
            {
                metrics.OddsFeedStreaming.Set(0);
            }
        });
    }
}
