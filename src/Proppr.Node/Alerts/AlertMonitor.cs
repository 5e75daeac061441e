using Proppr.Node.Metrics;

namespace Proppr.Node.Alerts;

/// <summary>
/// Checks every condition on a timer, lets the <see cref="AlertPolicy"/> decide what to announce, and hands each
/// notification to every sender. A notification a sender could not take is kept and tried again at the next check, in
/// order, so a recovery never overtakes its alert. A condition that fails to check is itself reported as an alert.
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
    /// <summary>Undelivered notifications beyond this many are dropped, oldest first (the receiver is down for long).</summary>
    private const int MaxUndelivered = 200;

    private readonly Queue<(AlertNotification Notification, HashSet<IAlertSender> Remaining)> _undelivered = new();
    private readonly Lazy<IReadOnlyList<IAlertCondition>> _conditions = new(createConditions);
    private readonly Lazy<IReadOnlyList<IAlertSender>> _senders = new(createSenders);

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
        foreach (var notification in policy.Evaluate(alerts, clock.GetUtcNow()))
        {
            _undelivered.Enqueue((notification, [.. _senders.Value]));
        }
        while (_undelivered.Count > MaxUndelivered)
        {
            log.LogWarning("Dropping undelivered alert notification {Key}", _undelivered.Dequeue().Notification.Alert.Key);
        }
        await DeliverAsync(cancellationToken);
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

    private async Task DeliverAsync(CancellationToken cancellationToken)
    {
        while (_undelivered.TryPeek(out var next))
        {
            foreach (var sender in next.Remaining.ToList())
            {
                try
                {
                    await sender.SendAsync(next.Notification, cancellationToken);
                    next.Remaining.Remove(sender);
                    metrics.AlertsSent.WithLabels(next.Notification.Kind.ToString().ToLowerInvariant()).Inc();
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    log.LogWarning("Alert {Key} not delivered by {Sender}: {Error}; trying again at the next check",
                        next.Notification.Alert.Key, sender.GetType().Name, e.Message);
                }
            }
            if (next.Remaining.Count > 0)
            {
                return;
            }
            _undelivered.Dequeue();
        }
    }
}
