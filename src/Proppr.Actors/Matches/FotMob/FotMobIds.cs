using System.Globalization;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>FotMob ids: integers or numeric strings, or only inside a page path such as <c>/players/169200/kevin-de-bruyne</c>.</summary>
internal static class FotMobIds
{
    /// <summary>A person object (<c>{id, name, profileUrl}</c> or a lineup entry with <c>pageUrl</c>).</summary>
    public static long? OfPerson(JsonElement person) =>
        person.Property("id")?.AsInt64() ??
        FromUrl(person.Property("profileUrl")?.AsText() ?? person.Property("pageUrl")?.AsText(), "players");

    /// <summary>The id after <c>/{section}/</c> in a page path; null when absent or not a number (<c>/players/NaN/</c>).</summary>
    public static long? FromUrl(string? url, string section)
    {
        var marker = $"/{section}/";
        var start = url?.IndexOf(marker, StringComparison.Ordinal) ?? -1;
        if (start < 0)
        {
            return null;
        }
        var rest = url.AsSpan(start + marker.Length);
        var end = rest.IndexOf('/');
        return long.TryParse(end < 0 ? rest : rest[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
