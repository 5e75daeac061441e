using YamlDotNet.RepresentationModel;

namespace Proppr.K8s.Tests.Kustomize;

/// <summary>
/// Builds a kustomization directory the way <c>kubectl kustomize</c> (and <c>kubectl apply -k</c>) does with no flags,
/// for the fields this repository uses: <c>resources</c> (files and kustomization directories), <c>patches</c>
/// (strategic merge, by path), <c>namespace</c> and <c>images</c>. Any other field fails the build instead of being
/// ignored, and so does a file outside the kustomization's directory (kustomize's default load restrictor: only other
/// kustomization directories may lie elsewhere).
/// </summary>
public static class Kustomization
{
    private static readonly HashSet<string> RenderedFields =
        ["apiVersion", "kind", "resources", "patches", "namespace", "images"];

    public static IReadOnlyList<YamlMappingNode> Build(string directory)
    {
        var kustomization = ReadDocuments(Path.Combine(directory, "kustomization.yaml")).Single();
        var unknown = kustomization.Children.Keys.Select(Text).Except(RenderedFields).ToArray();
        if (unknown.Length > 0)
        {
            throw new NotSupportedException($"{directory}/kustomization.yaml uses {string.Join(", ", unknown)}, which the test renderer does not build.");
        }

        var objects = new List<YamlMappingNode>();
        foreach (var resource in Strings(kustomization, "resources"))
        {
            var path = Path.GetFullPath(Path.Combine(directory, resource));
            objects.AddRange(Directory.Exists(path) ? Build(path) : ReadDocuments(FileWithin(directory, resource)));
        }
        foreach (var patch in Items(kustomization, "patches"))
        {
            ApplyPatch(objects, ReadDocuments(FileWithin(directory, Text(patch, "path"))).Single());
        }
        if (kustomization.Children.ContainsKey("namespace"))
        {
            var ns = Text(kustomization, "namespace");
            objects.ForEach(item => SetNamespace(item, ns));
        }
        foreach (var image in Items(kustomization, "images"))
        {
            objects.ForEach(item => SetImage(item, image));
        }
        return objects;
    }

    private static IReadOnlyList<YamlMappingNode> ReadDocuments(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents.Select(document => (YamlMappingNode)document.RootNode).ToArray();
    }

    public static string ToYaml(IEnumerable<YamlMappingNode> objects)
    {
        using var writer = new StringWriter();
        new YamlStream(objects.Select(item => new YamlDocument(item))).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>A file of the kustomization: inside its directory, or refused as kustomize refuses it.</summary>
    private static string FileWithin(string directory, string relative)
    {
        var root = Path.GetFullPath(directory) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(directory, relative));
        return path.StartsWith(root, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"security; file '{path}' is not in or below '{directory}'");
    }

    /// <summary>
    /// Kustomize's namespace transformer: every object's namespace, and a RoleBinding's ServiceAccount subjects, which
    /// live in the namespace being deployed to.
    /// </summary>
    private static void SetNamespace(YamlMappingNode item, string ns)
    {
        Map(item, "metadata").Children["namespace"] = new YamlScalarNode(ns);
        if (Text(item, "kind") is "RoleBinding" or "ClusterRoleBinding" && item.Children.TryGetValue("subjects", out var subjects))
        {
            foreach (var subject in ((YamlSequenceNode)subjects).Children.Cast<YamlMappingNode>().Where(subject => Text(subject, "kind") == "ServiceAccount"))
            {
                subject.Children["namespace"] = new YamlScalarNode(ns);
            }
        }
    }

    private static void ApplyPatch(List<YamlMappingNode> objects, YamlMappingNode patch)
    {
        var kind = Text(patch, "kind");
        var name = Text(Map(patch, "metadata"), "name");
        var targets = objects.Where(item => Text(item, "kind") == kind && Text(Map(item, "metadata"), "name") == name).ToArray();
        if (targets.Length != 1)
        {
            throw new InvalidOperationException($"A patch for {kind} {name} matches {targets.Length} objects, not one.");
        }
        StrategicMergePatch.Apply(targets[0], patch);
    }

    /// <summary>Kustomize's image transformer: a container image named like the entry gets its new name and tag.</summary>
    private static void SetImage(YamlNode node, YamlMappingNode image)
    {
        switch (node)
        {
            case YamlMappingNode map:
                if (map.Children.TryGetValue("image", out var current) && current is YamlScalarNode { Value: { } reference } && ImageName(reference) == Text(image, "name"))
                {
                    var newName = image.Children.ContainsKey("newName") ? Text(image, "newName") : ImageName(reference);
                    var tag = image.Children.ContainsKey("newTag") ? ":" + Text(image, "newTag") : reference[ImageName(reference).Length..];
                    map.Children["image"] = new YamlScalarNode(newName + tag);
                }
                foreach (var child in map.Children.Values)
                {
                    SetImage(child, image);
                }
                break;
            case YamlSequenceNode list:
                foreach (var child in list.Children)
                {
                    SetImage(child, image);
                }
                break;
        }
    }

    /// <summary>The image reference without its tag: the tag is what follows the last colon after the last slash.</summary>
    private static string ImageName(string reference)
    {
        var colon = reference.LastIndexOf(':');
        return colon > reference.LastIndexOf('/') ? reference[..colon] : reference;
    }

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(key, out var list) ? ((YamlSequenceNode)list).Children.Cast<YamlMappingNode>() : [];

    private static IEnumerable<string> Strings(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(key, out var list) ? ((YamlSequenceNode)list).Children.Select(Text) : [];

    private static YamlMappingNode Map(YamlMappingNode map, string key) => (YamlMappingNode)map.Children[key];

    private static string Text(YamlMappingNode map, string key) => Text(map.Children[key]);

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value!;
}
