namespace Proppr.Node.Alerts;

/// <summary>Delivers one notification; throws when it could not (the monitor tries again at its next check).</summary>
public interface IAlertSender
{
    Task SendAsync(AlertNotification notification, CancellationToken cancellationToken);
}
