using Akka.Actor;
using Akka.Cluster;

namespace Proppr.Actors.Hosting;

/// <summary>Whether this process is a working cluster member: the readiness a Kubernetes probe asks for.</summary>
public static class ClusterMemberHealth
{
    public static bool IsUp(ActorSystem system)
    {
        var cluster = Cluster.Get(system);
        return !cluster.IsTerminated && cluster.SelfMember.Status == MemberStatus.Up;
    }
}
