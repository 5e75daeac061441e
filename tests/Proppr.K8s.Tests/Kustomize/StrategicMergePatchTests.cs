using YamlDotNet.RepresentationModel;

namespace Proppr.K8s.Tests.Kustomize;

public sealed class StrategicMergePatchTests
{
    [Fact]
    public void Maps_merge_key_by_key_and_named_lists_merge_item_by_item()
    {
        var target = Parse("""
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                    - name: node
                      image: proppr-node
                      env:
                        - {name: A, value: "1"}
                        - {name: B, value: "2"}
                    - name: sidecar
                      image: other
            """);
        var patch = Parse("""
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                    - name: node
                      env:
                        - {name: B, value: "3"}
                        - {name: C, value: "4"}
            """);

        StrategicMergePatch.Apply(target, patch);

        Yaml(target).Should().Be(Yaml(Parse("""
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                    - name: node
                      image: proppr-node
                      env:
                        - {name: A, value: "1"}
                        - {name: B, value: "3"}
                        - {name: C, value: "4"}
                    - name: sidecar
                      image: other
            """)));
    }

    [Fact]
    public void A_list_of_scalars_is_replaced_whole()
    {
        var target = Parse("command: [a, b]");

        StrategicMergePatch.Apply(target, Parse("command: [c]"));

        Yaml(target).Should().Be(Yaml(Parse("command: [c]")));
    }

    [Fact]
    public void A_containers_ports_merge_by_container_port()
    {
        var target = Parse("ports: [{name: http, containerPort: 8080}, {name: remote, containerPort: 4053}]");

        StrategicMergePatch.Apply(target, Parse("ports: [{name: management, containerPort: 8558}, {name: api, containerPort: 8080}]"));

        Yaml(target).Should().Be(Yaml(Parse(
            "ports: [{name: api, containerPort: 8080}, {name: remote, containerPort: 4053}, {name: management, containerPort: 8558}]")));
    }

    [Fact]
    public void A_list_of_objects_merged_by_another_key_is_refused_rather_than_guessed()
    {
        // A Service's ports merge by port: replacing them or merging by containerPort would both render differently.
        var target = Parse("ports: [{name: http, port: 80}]");

        var patching = () => StrategicMergePatch.Apply(target, Parse("ports: [{name: http, port: 8080}]"));

        patching.Should().Throw<NotSupportedException>().WithMessage("*'ports'*");
    }

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Yaml(YamlMappingNode node) => Kustomization.ToYaml([node]);
}
