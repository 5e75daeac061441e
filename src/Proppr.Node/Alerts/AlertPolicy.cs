namespace Proppr.Node.Alerts;

/// <summary>
/// Decides which notifications the alerts seen at a moment call for. An alert is announced when it starts, reminded
/// of every <paramref name="repeatEvery"/> while it holds, and its recovery is announced. Rate limiting: an alert is
/// announced at most once per <paramref name="repeatEvery"/>, so a flapping condition is not announced on every flap; if it
/// still holds when that time is up, it is announced then. A recovery is announced only for an announced alert.
/// </summary>
public sealed class AlertPolicy(TimeSpan repeatEvery)
{
    private readonly Dictionary<string, Firing> _firing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _lastAnnounced = new(StringComparer.Ordinal);

    public IReadOnlyList<AlertNotification> Evaluate(IEnumerable<Alert> active, DateTimeOffset now)
    {
        var notifications = new List<AlertNotification>();
        var current = active.GroupBy(a => a.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var (key, firing) in _firing.Where(f => !current.ContainsKey(f.Key)).ToList())
        {
            _firing.Remove(key);
            if (firing.Announced)
            {
                notifications.Add(new AlertNotification(NotificationKind.Resolved, firing.Alert, firing.Since, now));
            }
        }
        foreach (var (key, alert) in current)
        {
            var firing = _firing.TryGetValue(key, out var known) ? known with { Alert = alert } : new Firing(alert, now, Announced: false);
            if (!MayAnnounce(key, now))
            {
                _firing[key] = firing;
                continue;
            }
            notifications.Add(new AlertNotification(firing.Announced ? NotificationKind.Reminder : NotificationKind.Firing, alert, firing.Since, now));
            _lastAnnounced[key] = now;
            _firing[key] = firing with { Announced = true };
        }
        Forget(now);
        return notifications;
    }

    /// <summary>An announcement older than the repeat interval no longer holds anything back.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach (var key in _lastAnnounced.Where(a => now - a.Value >= repeatEvery && !_firing.ContainsKey(a.Key)).Select(a => a.Key).ToList())
        {
            _lastAnnounced.Remove(key);
        }
    }

    private bool MayAnnounce(string key, DateTimeOffset now) =>
        !_lastAnnounced.TryGetValue(key, out var last) || now - last >= repeatEvery;

    private sealed record Firing(Alert Alert, DateTimeOffset Since, bool Announced);
}
