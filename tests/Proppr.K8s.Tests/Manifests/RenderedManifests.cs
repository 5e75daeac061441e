using k8s;
using k8s.Models;
using Proppr.K8s.Tests.Kustomize;
using Proppr.TestSupport;

namespace Proppr.K8s.Tests.Manifests;

/// <summary>
/// The objects one kustomization renders, parsed strictly by KubernetesClient: a field the Kubernetes API does not
/// know fails the load, so a typo cannot hide in a manifest the tests pass over.
/// </summary>
public sealed class RenderedManifests
{
    public static readonly string Directory = Path.Combine(ReferenceData.RepositoryRoot, "k8s");

    private RenderedManifests(IReadOnlyList<IKubernetesObject> objects) => Objects = objects;

    public IReadOnlyList<IKubernetesObject> Objects { get; }

    /// <summary>Renders <c>k8s/&lt;path&gt;</c>, e.g. <c>overlays/dev</c>.</summary>
    public static RenderedManifests Render(string path) =>
        new(LoadStrictly(Kustomization.ToYaml(Kustomization.Build(Path.Combine(Directory, path)))));

    /// <summary>A manifest that is not part of any build (a template), parsed just as strictly.</summary>
    public static RenderedManifests LoadFile(string path) => new(LoadStrictly(File.ReadAllText(Path.Combine(Directory, path))));

    public static IReadOnlyList<IKubernetesObject> LoadStrictly(string yaml) =>
        KubernetesYaml.LoadAllFromString(yaml, strict: true).Cast<IKubernetesObject>().ToArray();

    public T Single<T>(string name) where T : IKubernetesObject<V1ObjectMeta> =>
        Objects.OfType<T>().Single(item => item.Metadata.Name == name);

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public string Namespace => Objects.OfType<IKubernetesObject<V1ObjectMeta>>().Select(item => item.Metadata.NamespaceProperty).Distinct().Single();
}
