using Akka.Actor;
using Akka.Cluster;

namespace Proppr.Node.Alerts;

/// <summary>One alert per cluster member this node's failure detector marks unreachable.</summary>
public sealed class UnreachableMemberAlerts(ActorSystem system) : IAlertCondition
{
    public Task<IReadOnlyList<Alert>> CheckAsync(CancellationToken cancellationToken)
    {
        var cluster = Cluster.Get(system);
        IReadOnlyList<Alert> alerts = [.. cluster.State.Unreachable.Select(member => new Alert(
            $"unreachable:{member.Address}",
            $"Node {member.Address} unreachable",
            $"{member.Address} (roles {string.Join(", ", member.Roles)}, status {member.Status}) does not answer heartbeats"))];
        return Task.FromResult(alerts);
    }
}
