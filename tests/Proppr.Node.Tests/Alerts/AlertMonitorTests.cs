using Akka.Actor;
using Microsoft.Extensions.Logging.Abstractions;
using Proppr.Actors.Hosting;
using Proppr.Actors.RateLimiting;
using Proppr.Node.Alerts;
using Proppr.Node.Metrics;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Alerts;

/// <summary>
/// The monitor with the real rate limiter on a one-node cluster and real HTTP receivers on loopback: FotMob backing off
/// to its maximum is announced to the webhook and to Telegram, its recovery too, and a receiver that was down gets
/// what it missed once it is back while the others are told as things happen.
/// </summary>
public sealed class AlertMonitorTests : IAsyncLifetime
{
    private static readonly RateLimiterSettings Limits = AlertDelivery.WithQuota(RateLimiterSettings.Default);

    private readonly TempDatabaseFile _database = new();
    private TestNode _node = null!;
    private WebhookReceiver _receiver = null!;
    private IActorRef _limiter = null!;

    public async Task InitializeAsync()
    {
        _node = await TestNode.StartAsync(_database.Options, akka => akka.AddRateLimiter(Limits));
        _receiver = await WebhookReceiver.StartAsync();
        _limiter = _node.Required<RateLimiter>();
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _node.DisposeAsync();
        _database.Dispose();
    }

    private AlertMonitor Monitor()
    {
        var client = new ActorRateLimiterClient(_limiter, TimeSpan.FromSeconds(5));
        var timeout = TimeSpan.FromSeconds(10);
        return new AlertMonitor(
            () => [new LimiterAlerts(_limiter, Limits, timeout)],
            new AlertPolicy(TimeSpan.FromMinutes(30)),
            () =>
            [
                new WebhookAlertSender(AlertDelivery.Client(_receiver.WebhookUrl, client, timeout), _receiver.WebhookUrl, "node-a"),
                new TelegramAlertSender(AlertDelivery.Client(_receiver.TelegramUrl, client, timeout), WebhookReceiver.BotToken, "-1001", "node-a"),
            ],
            TimeSpan.FromHours(1),
            TimeProvider.System,
            new NodeMetrics(),
            NullLogger<AlertMonitor>.Instance);
    }

    private async Task FotMobAnswersAsync(int status, int times, TimeSpan expectedInterval)
    {
        for (var i = 0; i < times; i++)
        {
            // Each answer is to a request made with a permit: only those judge FotMob's interval.
            (await _limiter.Ask<PermitReply>(new RequestPermit(Apis.FotMob, PermitPriority.Live), TimeSpan.FromSeconds(10))).Granted.Should().BeTrue();
            _limiter.Tell(new ReportResponse(Apis.FotMob, status));
        }
        await Eventually.HoldsAsync(async () =>
            (await _limiter.Ask<LimiterState>(GetLimiterState.Instance)).Apis.Single(a => a.Api == Apis.FotMob).Window.Should().Be(expectedInterval));
    }

    [Fact]
    public async Task FotMob_backed_off_to_its_maximum_is_announced_once_and_its_recovery_too()
    {
        var monitor = Monitor();
        await monitor.CheckOnceAsync(CancellationToken.None);
        _receiver.Webhook.Should().BeEmpty("nothing is wrong yet");

        await FotMobAnswersAsync(429, 3, TimeSpan.FromMinutes(10));
        await monitor.CheckOnceAsync(CancellationToken.None);
        await monitor.CheckOnceAsync(CancellationToken.None);

        var firing = _receiver.Webhook.Should().ContainSingle().Subject;
        ((string)firing["kind"]!, (string)firing["key"]!, (string)firing["node"]!).Should().Be(("firing", "backed-off:fotmob", "node-a"));
        ((string)firing["title"]!).Should().Be("fotmob backed off to its maximum");
        var telegram = _receiver.Telegram.Should().ContainSingle().Subject;
        ((string)telegram["chat_id"]!).Should().Be("-1001");
        ((string)telegram["text"]!).Should().StartWith("ALERT: fotmob backed off to its maximum\n");

        await FotMobAnswersAsync(200, 5, TimeSpan.FromMinutes(5));
        await monitor.CheckOnceAsync(CancellationToken.None);

        _receiver.Webhook.Select(n => (string)n["kind"]!).Should().Equal("firing", "resolved");
        ((string)_receiver.Telegram[^1]["text"]!).Should().StartWith("RECOVERED: fotmob backed off to its maximum\n");
    }

    [Fact]
    public async Task A_receiver_that_was_down_gets_the_notifications_in_order_once_it_is_back_and_the_others_get_each_once()
    {
        var monitor = Monitor();
        _receiver.Failing = true;
        await FotMobAnswersAsync(429, 3, TimeSpan.FromMinutes(10));
        await monitor.CheckOnceAsync(CancellationToken.None);
        await FotMobAnswersAsync(200, 5, TimeSpan.FromMinutes(5));
        await monitor.CheckOnceAsync(CancellationToken.None);
        _receiver.Webhook.Should().BeEmpty();
        _receiver.Telegram.Select(n => ((string)n["text"]!).Split(':')[0]).Should().Equal(
            ["ALERT", "RECOVERED"], "a receiver that is down holds up no other");

        _receiver.Failing = false;
        await monitor.CheckOnceAsync(CancellationToken.None);

        _receiver.Webhook.Select(n => (string)n["kind"]!).Should().Equal("firing", "resolved");
        _receiver.Telegram.Select(n => ((string)n["text"]!).Split(':')[0]).Should().Equal("ALERT", "RECOVERED");
    }
}
