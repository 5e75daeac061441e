using System.Text.Json;
using Proppr.Actors.Json;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>FotMob's stat values: numbers, strings that start with one (<c>"409 (82%)"</c>, <c>"0.46"</c>), or <c>"-"</c> for none.</summary>
internal static class FotMobNumbers
{
    /// <summary>The value, zero for <c>"-"</c>; null when missing, JSON null or unreadable.</summary>
    public static decimal? Read(JsonElement? value) => value switch
    {
        { } number when number.TryLeadingDecimal(out var parsed) => parsed,
        { ValueKind: JsonValueKind.String } text when text.GetString()?.Trim() == "-" => 0m,
        _ => null,
    };
}
