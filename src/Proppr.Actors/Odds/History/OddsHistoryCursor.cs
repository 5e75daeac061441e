using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Proppr.Actors.Odds.History;

/// <summary>
/// Where a page of a day ended: the last row's time and id (rows are read in that order), written
/// <c>&lt;unix ms&gt;.&lt;id&gt;</c>. A row stored later with an earlier time is still read by a client that starts the day again.
/// </summary>
public readonly record struct OddsHistoryCursor(long AtMs, string Id)
{
    public override string ToString() => $"{AtMs.ToString(CultureInfo.InvariantCulture)}.{Id}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out OddsHistoryCursor? cursor)
    {
        cursor = null;
        var dot = text?.IndexOf('.') ?? -1;
        if (text is null || dot <= 0 || dot == text.Length - 1 ||
            !long.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var atMs))
        {
            return false;
        }
        cursor = new OddsHistoryCursor(atMs, text[(dot + 1)..]);
        return true;
    }
}
