using Akka.Actor;
using Akka.Cluster;
using Akka.Hosting;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds.Client;
using Proppr.Actors.RateLimiting;
using Proppr.Node.Configuration;
using Proppr.Node.Metrics;

namespace Proppr.Node.Alerts;

public static class AlertHostingExtensions
{
    /// <summary>Remembers this node's fixtures that fail to replay their journal, registered as <see cref="RecoveryFailureWatch"/>.</summary>
    public static AkkaConfigurationBuilder AddRecoveryFailureWatch(this AkkaConfigurationBuilder builder, TimeSpan window) =>
        builder.WithActors((system, registry) =>
            registry.Register<RecoveryFailureWatch>(system.ActorOf(RecoveryFailureWatch.Props(window), "recovery-failure-watch")));

    /// <summary>
    /// The alert monitor, when a webhook or a Telegram chat is configured: the node's own conditions (limiter, unreachable
    /// members, fixtures failing to recover, fixtures whose match id stopped answering and was not found, the odds feed down) sent to every configured receiver.
    /// </summary>
    public static IServiceCollection AddNodeAlerts(this IServiceCollection services, NodeSettings settings)
    {
        var alerts = settings.Alerts;
        return !alerts.Enabled ? services : services.AddHostedService(provider => new AlertMonitor(
            () => [.. Conditions(provider, settings)],
            new AlertPolicy(alerts.RepeatEvery),
            () => [.. Senders(provider, alerts)],
            alerts.CheckInterval,
            TimeProvider.System,
            provider.GetRequiredService<NodeMetrics>(),
            provider.GetRequiredService<ILogger<AlertMonitor>>()));
    }

    private static IEnumerable<IAlertCondition> Conditions(IServiceProvider provider, NodeSettings settings)
    {
        var registry = provider.GetRequiredService<ActorRegistry>();
        yield return new LimiterAlerts(registry.Get<RateLimiter>(), settings.RateLimits, settings.Api.AskTimeout);
        yield return new UnreachableMemberAlerts(provider.GetRequiredService<ActorSystem>());
        yield return new RecoveryFailureAlerts(registry.Get<RecoveryFailureWatch>(), settings.Api.AskTimeout);
        yield return new LostFixtureAlerts(registry.Get<FixtureResolver>(), settings.Api.AskTimeout);
        if (settings.RunsOddsFeed)
        {
            yield return new OddsFeedAlerts(registry.Get<OddsFeed>(), settings.Alerts.OddsFeedDownAfter, settings.Api.AskTimeout, TimeProvider.System);
        }
    }

    private static IEnumerable<IAlertSender> Senders(IServiceProvider provider, AlertSettings alerts)
    {
        var limiter = provider.GetRequiredService<IRateLimiterClient>();
        var node = Cluster.Get(provider.GetRequiredService<ActorSystem>()).SelfAddress.ToString();
        if (alerts.WebhookUrl is { } url)
        {
            yield return new WebhookAlertSender(AlertDelivery.Client(url, limiter, alerts.Timeout), url, node);
        }
        if (alerts.Telegram is { BotToken.Length: > 0, ChatId.Length: > 0 } telegram)
        {
            var baseUrl = new Uri(telegram.BaseUrl.ToString().TrimEnd('/') + "/");
            yield return new TelegramAlertSender(AlertDelivery.Client(baseUrl, limiter, alerts.Timeout), telegram.BotToken, telegram.ChatId, node);
        }
    }
}
