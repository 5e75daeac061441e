using YamlDotNet.RepresentationModel;

namespace Proppr.K8s.Tests.Kustomize;

/// <summary>
/// The part of Kubernetes' strategic merge patch the overlays use: maps merge key by key, the lists Kubernetes merges
/// by <c>name</c> (containers, env, volumes) and a container's <c>ports</c> (by <c>containerPort</c>) merge item by
/// item, anything else is replaced. A list of objects outside that set is refused rather than guessed at, so the test
/// never renders differently from kustomize.
/// </summary>
public static class StrategicMergePatch
{
    private static readonly Dictionary<string, string> MergeKeys = new()
    {
        ["containers"] = "name",
        ["initContainers"] = "name",
        ["env"] = "name",
        ["volumes"] = "name",
        ["ports"] = "containerPort",
    };

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
                case (YamlSequenceNode targetList, YamlSequenceNode patchList) when MergeKeys.TryGetValue(name, out var mergeKey) && HaveKey(patchList, mergeKey):
                    MergeByKey(targetList, patchList, mergeKey);
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

    /// <summary>A Service's <c>ports</c> merge by <c>port</c>, not <c>containerPort</c>: such a list is not merged here.</summary>
    private static bool HaveKey(YamlSequenceNode list, string key) =>
        list.Children.All(item => item is YamlMappingNode map && map.Children.ContainsKey(new YamlScalarNode(key)));

    private static void MergeByKey(YamlSequenceNode target, YamlSequenceNode patch, string key)
    {
        foreach (var item in patch.Children.Cast<YamlMappingNode>())
        {
            var value = KeyOf(item, key);
            var existing = target.Children.Cast<YamlMappingNode>().SingleOrDefault(candidate => KeyOf(candidate, key) == value);
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

    private static string KeyOf(YamlMappingNode item, string key) =>
        item.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value }
            ? value
            : throw new InvalidOperationException($"A list item merged by {key} has no {key}: {item}");
}
