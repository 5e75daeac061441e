namespace Proppr.K8s.Tests.Manifests;

/// <summary>The health endpoints both hosts map, which the probes must name.</summary>
public static class HealthPaths
{
    public const string Ready = "/health/ready";
    public const string Live = "/health/live";
}
