using k8s.Models;

namespace Proppr.K8s.Tests.Manifests;

/// <summary>
/// One rendered overlay and the pieces the invariants talk about: the node Deployment, the Lighthouse StatefulSet (in
/// the overlays whose cluster forms through seeds) and their containers, and the Secrets their pods read (in the
/// overlay, or for prod, the template an operator fills in).
/// </summary>
public sealed class Overlay
{
    public const string NodeName = "node";
    public const string LighthouseName = "lighthouse";
    public const string SecretTemplatePath = "overlays/prod/proppr-secrets.template.yaml";

    private static readonly Dictionary<string, Overlay> Rendered = [];

    private Overlay(string name)
    {
        Name = name;
        Manifests = RenderedManifests.Render($"overlays/{name}");
        var secrets = Manifests.All<V1Secret>().ToArray();
        Secrets = secrets.Length > 0 ? secrets : RenderedManifests.LoadFile(SecretTemplatePath).All<V1Secret>().ToArray();
    }

    /// <summary>The overlays, as theory data.</summary>
    public static TheoryData<string> Names => ["dev", "prod"];

    /// <summary>The overlays whose nodes join through Lighthouse seeds (<c>k8s/seeds</c>).</summary>
    public static TheoryData<string> WithSeeds => ["dev"];

    /// <summary>The overlays whose nodes form the cluster by Cluster Bootstrap (<c>k8s/bootstrap</c>).</summary>
    public const string Bootstrapped = "prod";

    public string Name { get; }

    public RenderedManifests Manifests { get; }

    public IReadOnlyList<V1Secret> Secrets { get; }

    public string Namespace => Manifests.Namespace;

    public V1Deployment Node => Manifests.Single<V1Deployment>(NodeName);

    public V1StatefulSet Lighthouse => Manifests.Single<V1StatefulSet>(LighthouseName);

    public bool HasLighthouse => Manifests.All<V1StatefulSet>().Any(set => set.Metadata.Name == LighthouseName);

    /// <summary>Proppr's own pod templates (nodes, and Lighthouses where the overlay has them), not the database's.</summary>
    public IEnumerable<V1PodTemplateSpec> PropprTemplates =>
        Manifests.All<V1Deployment>().Select(deployment => deployment.Spec.Template)
            .Concat(Manifests.All<V1StatefulSet>().Select(set => set.Spec.Template))
            .Where(template => template.Metadata.Labels["app.kubernetes.io/component"] != "postgres");

    public V1Container NodeContainer => Node.Spec.Template.Spec.Containers.Single(container => container.Name == NodeName);

    public V1Container LighthouseContainer => Lighthouse.Spec.Template.Spec.Containers.Single(container => container.Name == LighthouseName);

    public static Overlay Named(string name)
    {
        lock (Rendered)
        {
            return Rendered.TryGetValue(name, out var overlay) ? overlay : Rendered[name] = new Overlay(name);
        }
    }

    public IReadOnlyDictionary<string, string> NodeEnvironment() =>
        PodEnvironment.Resolve(NodeContainer, new PodIdentity($"{NodeName}-5d4f8b7c9-x2k4q", Namespace, "10.1.2.3"), SecretValue);

    public IReadOnlyDictionary<string, string> LighthouseEnvironment(int ordinal) =>
        PodEnvironment.Resolve(LighthouseContainer, new PodIdentity($"{LighthouseName}-{ordinal}", Namespace, $"10.1.3.{ordinal}"), SecretValue);

    public string SecretValue(V1SecretKeySelector key) =>
        Secrets.Single(secret => secret.Metadata.Name == key.Name).StringData[key.Key];
}
