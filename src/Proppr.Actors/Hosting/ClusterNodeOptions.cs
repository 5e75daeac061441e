namespace Proppr.Actors.Hosting;

/// <summary>
/// Where a process listens and how it finds the cluster: through <see cref="SeedNodes"/> (Lighthouse), through
/// <see cref="Bootstrap"/> (Akka.Management's Cluster Bootstrap, e.g. over the Kubernetes API), or, with neither, by
/// joining itself: the one-process default.
/// </summary>
public sealed record ClusterNodeOptions
{
    public string Hostname { get; init; } = "127.0.0.1";

    /// <summary>Remoting port; 0 picks a free one (tests, one-process runs).</summary>
    public int Port { get; init; }

    /// <summary>Address other nodes use to reach this one, when it differs from <see cref="Hostname"/> (Kubernetes).</summary>
    public string? PublicHostname { get; init; }

    public IReadOnlyList<string> SeedNodes { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [ClusterRoles.Proppr];

    /// <summary>Cluster Bootstrap instead of seed nodes; null (the default) keeps the seed path.</summary>
    public BootstrapOptions? Bootstrap { get; init; }
}
