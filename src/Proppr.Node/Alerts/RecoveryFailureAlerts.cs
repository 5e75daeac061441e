using Akka.Actor;

namespace Proppr.Node.Alerts;

/// <summary>Fixtures on this node that failed to replay their journal recently: one alert naming them.</summary>
public sealed class RecoveryFailureAlerts(IActorRef watch, TimeSpan timeout) : IAlertCondition
{
    public async Task<IReadOnlyList<Alert>> CheckAsync(CancellationToken cancellationToken)
    {
        var recent = await watch.Ask<RecentRecoveryFailures>(GetRecentRecoveryFailures.Instance, timeout, cancellationToken);
        if (recent.Fixtures.Count == 0)
        {
            return [];
        }
        var details = string.Join("; ", recent.Fixtures.Select(f => $"fixture {f.FixtureId}: {f.Error}"));
        return [new Alert("fixture-recovery", $"{recent.Fixtures.Count} fixture(s) failing to recover", details)];
    }
}
