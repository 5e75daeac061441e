namespace Proppr.Node.Alerts;

/// <summary>
/// One kind of critical condition, checked every few seconds: the alerts that hold now (none when all is well).
/// The odds feed being down or stale is one such condition, plugged in through <see cref="NodeServices.AlertConditions"/>.
/// </summary>
public interface IAlertCondition
{
    Task<IReadOnlyList<Alert>> CheckAsync(CancellationToken cancellationToken);
}
