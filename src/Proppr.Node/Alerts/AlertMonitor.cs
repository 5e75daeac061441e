using Proppr.Node.Metrics;

namespace Proppr.Node.Alerts;

/// <summary>
/// Checks every condition on a timer, lets the <see cref="AlertPolicy"/> decide what to announce, and hands each
/// notification to every sender. Each sender has its own queue: a notification it could not take is kept and tried
/// again at the next check, in order, so a recovery never overtakes its alert, while the other senders carry on. A
/// condition that fails to check is itself reported as an alert.
/// Conditions and senders are built when monitoring starts, after the actor system they talk to.
/// </summary>
public sealed class AlertMonitor(
    Func<IReadOnlyList<IAlertCondition>> createConditions,
    AlertPolicy policy,
    Func<IReadOnlyList<IAlertSender>> createSenders,
    TimeSpan interval,
    TimeProvider clock,
    NodeMetrics metrics,
    ILogger<AlertMonitor> log) : BackgroundService
{
    /// <summary>A sender's undelivered notifications beyond this many are dropped, oldest first (its receiver is down for long).</summary>
    private const int MaxUndelivered = 200;

    private readonly Lazy<IReadOnlyList<IAlertCondition>> _conditions = new(createConditions);
    private readonly Lazy<IReadOnlyList<(IAlertSender Sender, Queue<AlertNotification> Undelivered)>> _senders =
        new(() => [.. createSenders().Select(sender => (sender, new Queue<AlertNotification>()))]);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            await CheckOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task CheckOnceAsync(CancellationToken cancellationToken)
    {
        var alerts = new List<Alert>();
        foreach (var condition in _conditions.Value)
        {
            alerts.AddRange(await CheckAsync(condition, cancellationToken));
        }
        var notifications = policy.Evaluate(alerts, clock.GetUtcNow());
        foreach (var (sender, undelivered) in _senders.Value)
        {
            foreach (var notification in notifications)
            {
                undelivered.Enqueue(notification);
            }
            while (undelivered.Count > MaxUndelivered)
            {
                log.LogWarning("Dropping alert notification {Key} undelivered by {Sender}", undelivered.Dequeue().Alert.Key, sender.GetType().Name);
            }
        }
        // Side by side: a receiver that hangs until its timeout holds up no other.
        await Task.WhenAll(_senders.Value.Select(queue => DeliverAsync(queue.Sender, queue.Undelivered, cancellationToken)));
    }

    private async Task<IReadOnlyList<Alert>> CheckAsync(IAlertCondition condition, CancellationToken cancellationToken)
    {
        try
        {
            return await condition.CheckAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var name = condition.GetType().Name;
            return [new Alert($"check-failed:{name}", $"Alert check {name} failing", e.Message)];
        }
    }

    /// <summary>Sends the sender's queue in order, stopping at the first notification it cannot take.</summary>
    private async Task DeliverAsync(IAlertSender sender, Queue<AlertNotification> undelivered, CancellationToken cancellationToken)
    {
        while (undelivered.TryPeek(out var next))
        {
            try
            {
                await sender.SendAsync(next, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                log.LogWarning("Alert {Key} not delivered by {Sender}: {Error}; trying again at the next check",
                    next.Alert.Key, sender.GetType().Name, e.Message);
                return;
            }
            undelivered.Dequeue();
            metrics.AlertsSent.WithLabels(next.Kind.ToString().ToLowerInvariant()).Inc();
        }
    }
}
