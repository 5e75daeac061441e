namespace Proppr.Actors.Hosting;

/// <summary>How Cluster Bootstrap finds the other members' management endpoints.</summary>
public enum BootstrapDiscovery
{
    /// <summary>Pods listed through the Kubernetes API by label (<see cref="BootstrapOptions.PodLabelSelector"/>).</summary>
    KubernetesApi,

    /// <summary>A fixed list of management endpoints (<see cref="BootstrapOptions.Endpoints"/>): local runs and tests.</summary>
    Config,
}

/// <summary>
/// Forming the cluster without seed nodes: Akka.Management serves this node's contact point on
/// <see cref="ManagementPort"/>, and Cluster Bootstrap discovers its peers' contact points, agrees with them on who
/// starts the cluster when none exists yet, and joins it. Set <c>Cluster:Bootstrap:Discovery</c> to use it (the
/// <c>prod</c> overlay does); without it a node joins through <see cref="ClusterNodeOptions.SeedNodes"/>.
/// </summary>
public sealed record BootstrapOptions
{
    public BootstrapDiscovery Discovery { get; init; } = BootstrapDiscovery.KubernetesApi;

    /// <summary>The name peers are looked up by: the pods' <c>app</c> label, or the key of the configured endpoints.</summary>
    public string ServiceName { get; init; } = "proppr";

    /// <summary>Akka.Management's HTTP port: the container port named <c>management</c> in Kubernetes.</summary>
    public int ManagementPort { get; init; } = 8558;

    /// <summary>
    /// How many contact points must be seen before the lowest-addressed one may start a new cluster. Two of the
    /// deployment's three replicas: one pod slow to schedule does not hold the others back, and two pods that cannot
    /// see each other never both start a cluster (each needs the other to reach the count).
    /// </summary>
    public int RequiredContactPoints { get; init; } = 2;

    /// <summary>Kubernetes: which pods are peers; <c>{0}</c> is <see cref="ServiceName"/>.</summary>
    public string PodLabelSelector { get; init; } = "app={0}";

    /// <summary>Config discovery: the management endpoints, <c>host:port</c> each.</summary>
    public IReadOnlyList<string> Endpoints { get; init; } = [];
}
