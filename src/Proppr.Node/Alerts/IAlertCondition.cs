namespace Proppr.Node.Alerts;

/// <summary>
/// One kind of critical condition, checked every few seconds: the alerts that hold now (none when all is well).
/// </summary>
public interface IAlertCondition
{
    Task<IReadOnlyList<Alert>> CheckAsync(CancellationToken cancellationToken);
}
