using System.Text.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// A cookies file (Netscape <c>cookies.txt</c> or a JSON array of <c>{name, value}</c>) as one <c>Cookie</c> header
/// value. Read again whenever the file changes: a turnstile clearance expires, and the tool that renews it rewrites the
/// file while Proppr runs. A file that cannot be read is an <see cref="IOException"/> that names it.
/// </summary>
public sealed class CookiesFile(string path)
{
    private readonly Lock _gate = new();
    private DateTime? _readVersion;
    private string? _header;

    /// <summary>The header value, null when the file holds no cookie.</summary>
    public string? Header()
    {
        lock (_gate)
        {
            var version = File.GetLastWriteTimeUtc(path);
            if (_readVersion != version)
            {
                _header = Read();
                _readVersion = version;
            }
            return _header;
        }
    }

    private string? Read()
    {
        try
        {
            var text = File.ReadAllText(path).Trim();
            var pairs = text.StartsWith('[') ? FromJson(text) : FromNetscape(text);
            var header = string.Join("; ", pairs.Select(p => $"{p.Name}={p.Value}"));
            return header.Length == 0 ? null : header;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            throw new IOException($"The FotMob cookies file '{path}' could not be read: {e.Message}", e);
        }
    }

    private static List<(string Name, string Value)> FromJson(string text)
    {
        using var document = JsonDocument.Parse(text);
        return [.. document.RootElement.EnumerateArray()
            .Where(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("name", out _) && c.TryGetProperty("value", out _))
            .Select(c => (c.GetProperty("name").GetString() ?? "", c.GetProperty("value").GetString() ?? ""))
            .Where(p => p.Item1.Length > 0)];
    }

    /// <summary>curl and browser exports mark an HttpOnly cookie (a turnstile clearance is one) this way, not a comment.</summary>
    private const string HttpOnlyPrefix = "#HttpOnly_";

    // domain, include-subdomains, path, secure, expiry, name, value: tab separated; '#' starts a comment.
    private static IEnumerable<(string Name, string Value)> FromNetscape(string text) =>
        text.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Select(line => line.StartsWith(HttpOnlyPrefix, StringComparison.Ordinal) ? line[HttpOnlyPrefix.Length..] : line)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length >= 7)
            .Select(fields => (fields[5], fields[6]));
}
