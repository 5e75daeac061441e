using System.Text.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>Reads a cookies file into one <c>Cookie</c> header value: Netscape <c>cookies.txt</c> or a JSON array.</summary>
public static class CookiesFile
{
    public static string? ReadHeader(string path)
    {
        var text = File.ReadAllText(path).Trim();
        var pairs = text.StartsWith('[') ? FromJson(text) : FromNetscape(text);
        var header = string.Join("; ", pairs.Select(p => $"{p.Name}={p.Value}"));
        return header.Length == 0 ? null : header;
    }

    private static IEnumerable<(string Name, string Value)> FromJson(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.EnumerateArray()
            .Where(c => c.TryGetProperty("name", out _) && c.TryGetProperty("value", out _))
            .Select(c => (c.GetProperty("name").GetString() ?? "", c.GetProperty("value").GetString() ?? ""))
            .Where(p => p.Item1.Length > 0)
            .ToArray();
    }

    // domain, include-subdomains, path, secure, expiry, name, value: tab separated; '#' starts a comment.
    private static IEnumerable<(string Name, string Value)> FromNetscape(string text) =>
        text.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length >= 7)
            .Select(fields => (fields[5], fields[6]));
}
