using System.Globalization;
using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>Moments on the match clock as FotMob writes them.</summary>
internal static class FotMobMatchTime
{
    /// <summary>A minute and an added-minutes field of one object (null or missing added time is none).</summary>
    public static MatchTime? Read(JsonElement owner, string minuteName, string addedName) =>
        owner.Property(minuteName)?.AsInt32() is { } minute
            ? new MatchTime(minute, Math.Max(0, owner.Property(addedName)?.AsInt32() ?? 0))
            : null;

    /// <summary>A live clock: <c>64'</c>, <c>45+2'</c>, <c>90 + 4</c>; null for anything else (<c>HT</c>).</summary>
    public static MatchTime? ParseClock(string? text)
    {
        var parts = (text ?? "").Trim().TrimEnd('\'', '’').Split('+', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || !TryMinute(parts[0], out var minute))
        {
            return null;
        }
        if (parts.Length == 1)
        {
            return new MatchTime(minute);
        }
        return TryMinute(parts[1], out var added) ? new MatchTime(minute, added) : null;
    }

    private static bool TryMinute(string text, out int minute) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out minute);
}
