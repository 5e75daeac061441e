using k8s.Models;
using Proppr.K8s.Tests.Manifests;

namespace Proppr.K8s.Tests.Kustomize;

public sealed class KustomizationTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("proppr-kustomize-");

    [Fact]
    public void Resources_patches_namespace_and_images_render_as_kustomize_does()
    {
        Write("base/kustomization.yaml", """
            resources: [deployment.yaml, binding.yaml]
            """);
        Write("base/binding.yaml", """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: node-pod-reader}
            subjects:
              - {kind: ServiceAccount, name: node}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}
            """);
        Write("base/deployment.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: node}
            spec:
              template:
                spec:
                  containers:
                    - {name: node, image: proppr-node}
            """);
        Write("overlay/kustomization.yaml", """
            namespace: test
            resources: [../base]
            patches:
              - path: patch.yaml
            images:
              - {name: proppr-node, newName: registry.example.com/proppr-node, newTag: "2.1"}
            """);
        Write("overlay/patch.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: node}
            spec:
              replicas: 2
            """);

        var objects = RenderedManifests.LoadStrictly(Kustomization.ToYaml(Kustomization.Build(Path.Combine(_directory.FullName, "overlay"))));

        objects.Should().HaveCount(2);
        var deployment = objects.OfType<V1Deployment>().Single();
        (deployment.Metadata.Name, deployment.Metadata.NamespaceProperty, deployment.Spec.Replicas).Should().Be(("node", "test", 2));
        deployment.Spec.Template.Spec.Containers.Single().Image.Should().Be("registry.example.com/proppr-node:2.1");
        var binding = objects.OfType<V1RoleBinding>().Single();
        binding.Metadata.NamespaceProperty.Should().Be("test");
        binding.Subjects.Single().NamespaceProperty.Should().Be("test", "kustomize puts the ServiceAccount subject in the namespace too");
    }

    [Fact]
    public void A_file_outside_the_kustomization_directory_is_refused_as_kubectl_refuses_it_without_flags()
    {
        Write("outside.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: node}\n");
        Write("overlay/kustomization.yaml", "resources: [../outside.yaml]\n");

        var building = () => Kustomization.Build(Path.Combine(_directory.FullName, "overlay"));

        building.Should().Throw<InvalidOperationException>().WithMessage("security; file*is not in or below*");
    }

    [Fact]
    public void A_field_the_renderer_does_not_build_fails_the_build_instead_of_being_ignored()
    {
        Write("kustomization.yaml", "commonLabels: {team: proppr}\nresources: []\n");

        var building = () => Kustomization.Build(_directory.FullName);

        building.Should().Throw<NotSupportedException>().WithMessage("*commonLabels*");
    }

    [Fact]
    public void Strict_loading_fails_on_a_field_the_Kubernetes_API_does_not_know()
    {
        // "clusterIp" for "clusterIP": a lenient load would quietly give a Service with a cluster IP.
        const string misspelt = """
            apiVersion: v1
            kind: Service
            metadata: {name: lighthouse}
            spec:
              clusterIp: None
            """;

        var loading = () => RenderedManifests.LoadStrictly(misspelt);

        loading.Should().Throw<Exception>().WithMessage("*clusterIp*");
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_directory.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
