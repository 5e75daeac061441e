using YamlDotNet.RepresentationModel;

namespace Proppr.K8s.Tests.Kustomize;

/// <summary>
/// The part of Kubernetes' strategic merge patch the overlays use: maps merge key by key, the lists Kubernetes merges
/// by <c>name</c> (containers, env, volumes) merge item by item, anything else is replaced. A list of objects outside
/// that set is refused rather than guessed at, so the test never renders differently from kustomize.
/// </summary>
public static class StrategicMergePatch
{
    private static readonly HashSet<string> ListsMergedByName = ["containers", "initContainers", "env", "volumes"];

    public static void Apply(YamlMappingNode target, YamlMappingNode patch)
    {
        foreach (var (key, value) in patch.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            target.Children.TryGetValue(key, out var existing);
            switch (existing, value)
            {
                case (YamlMappingNode targetMap, YamlMappingNode patchMap):
                    Apply(targetMap, patchMap);
                    break;
                case (YamlSequenceNode targetList, YamlSequenceNode patchList) when ListsMergedByName.Contains(name):
                    MergeByName(targetList, patchList);
                    break;
                case (YamlSequenceNode, YamlSequenceNode patchList) when patchList.Children.Any(item => item is YamlMappingNode):
                    throw new NotSupportedException(
                        $"A patch replaces the list '{name}', whose merge key the test renderer does not know; patch its items by name or extend {nameof(StrategicMergePatch)}.");
                default:
                    target.Children[key] = value;
                    break;
            }
        }
    }

    private static void MergeByName(YamlSequenceNode target, YamlSequenceNode patch)
    {
        foreach (var item in patch.Children.Cast<YamlMappingNode>())
        {
            var name = NameOf(item);
            var existing = target.Children.Cast<YamlMappingNode>().SingleOrDefault(candidate => NameOf(candidate) == name);
            if (existing is null)
            {
                target.Children.Add(item);
            }
            else
            {
                Apply(existing, item);
            }
        }
    }

    private static string NameOf(YamlMappingNode item) =>
        item.Children.TryGetValue(new YamlScalarNode("name"), out var name) && name is YamlScalarNode { Value: { } value }
            ? value
            : throw new InvalidOperationException($"A list item merged by name has no name: {item}");
}
