namespace Proppr.Node.Alerts;

/// <summary>
/// A critical condition that holds now. <see cref="Key"/> names the condition and what it is about (one per API,
/// per node), so the same condition seen again is the same alert.
/// </summary>
public sealed record Alert(string Key, string Title, string Detail);

public enum NotificationKind
{
    Firing,

    /// <summary>Still firing: repeated no more often than the policy allows.</summary>
    Reminder,

    Resolved,
}

/// <summary>What goes to the webhook: an alert that started, still holds, or has recovered.</summary>
public sealed record AlertNotification(NotificationKind Kind, Alert Alert, DateTimeOffset Since, DateTimeOffset At);
