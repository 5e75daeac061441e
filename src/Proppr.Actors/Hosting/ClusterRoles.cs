namespace Proppr.Actors.Hosting;

public static class ClusterRoles
{
    /// <summary>Worker nodes: they host fixture shards and singletons.</summary>
    public const string Proppr = "proppr";

    /// <summary>Seed nodes: they join the cluster and host nothing.</summary>
    public const string Lighthouse = "lighthouse";
}
