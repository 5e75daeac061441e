using System.Text.Json;

namespace Proppr.Replay.Tests.FotMob;

/// <summary>
/// The key paths of a JSON document, like <c>jq '[paths]'</c> with array indices folded to <c>[]</c>. Keys that are data
/// rather than names (player ids, player surnames, stat titles) are folded to <c>*</c> below the given paths.
/// </summary>
internal static class KeyPaths
{
    public static SortedSet<string> Of(JsonElement root, params string[] dataKeyedObjects)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Walk(root, "", paths, dataKeyedObjects);
        return paths;
    }

    private static void Walk(JsonElement element, string path, SortedSet<string> paths, string[] dataKeyed)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = dataKeyed.Contains(path) ? "*" : property.Name;
                    var child = path.Length == 0 ? name : $"{path}.{name}";
                    paths.Add(child);
                    Walk(property.Value, child, paths, dataKeyed);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + "[]", paths, dataKeyed);
                }
                break;
        }
    }
}
