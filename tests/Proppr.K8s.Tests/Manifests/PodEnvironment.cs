using System.Text.RegularExpressions;
using k8s.Models;

namespace Proppr.K8s.Tests.Manifests;

/// <summary>Who a pod is, as the downward API tells it.</summary>
public sealed record PodIdentity(string Name, string Namespace, string Ip);

/// <summary>
/// The environment a container sees once Kubernetes has filled in field and secret references and expanded
/// <c>$(NAME)</c>. Kubernetes leaves a reference to an undefined or later variable as written; here it fails, since
/// such a value is always a mistake.
/// </summary>
public static partial class PodEnvironment
{
    public static IReadOnlyDictionary<string, string> Resolve(V1Container container, PodIdentity pod, Func<V1SecretKeySelector, string> secret)
    {
        var resolved = new Dictionary<string, string>();
        foreach (var variable in container.Env ?? [])
        {
            resolved.Add(variable.Name, variable.ValueFrom switch
            {
                null => Expand(variable.Value ?? "", resolved, variable.Name),
                { FieldRef.FieldPath: "metadata.name" } => pod.Name,
                { FieldRef.FieldPath: "metadata.namespace" } => pod.Namespace,
                { FieldRef.FieldPath: "status.podIP" } => pod.Ip,
                { SecretKeyRef: { } key } => secret(key),
                _ => throw new NotSupportedException($"{container.Name}: {variable.Name} takes its value from a source the test does not resolve."),
            });
        }
        return resolved;
    }

    /// <summary>The variables other variables refer to with <c>$(NAME)</c>: helpers for Kubernetes, not settings for the host.</summary>
    public static IReadOnlySet<string> Referenced(V1Container container) =>
        (container.Env ?? []).SelectMany(variable => Reference().Matches(variable.Value ?? ""))
            .Where(match => match.Groups[1].Success)
            .Select(match => match.Groups[1].Value)
            .ToHashSet();

    private static string Expand(string value, IReadOnlyDictionary<string, string> defined, string name) =>
        Reference().Replace(value, match => match.Groups[1].Success
            ? defined.TryGetValue(match.Groups[1].Value, out var referenced)
                ? referenced
                : throw new InvalidOperationException($"{name} refers to $({match.Groups[1].Value}), which is not defined before it.")
            : "$");

    /// <summary><c>$(NAME)</c>, or <c>$$</c>, which escapes a dollar.</summary>
    [GeneratedRegex(@"\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex Reference();
}
