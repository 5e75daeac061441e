namespace Proppr.Actors.Hosting;

/// <summary>
/// Where a process listens and whom it joins. With no seed nodes it joins itself: the one-process default.
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
}
