using System.Globalization;
using System.Text.Json;

namespace Proppr.Actors.Json;

/// <summary>
/// Reads values from JSON written by other people: numbers that arrive as strings, ids that are strings or integers,
/// nulls that mean absent. All parsing uses the invariant culture.
/// </summary>
public static class LenientJson
{
    /// <summary>The property, or null when it is missing or JSON null.</summary>
    public static JsonElement? Property(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object &&
        element.TryGetProperty(name, out var value) &&
        value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    /// <summary>The element at the end of a chain of properties, or null where a step is missing, null or not an object.</summary>
    public static JsonElement? Path(this JsonElement element, params ReadOnlySpan<string> names)
    {
        JsonElement? current = element;
        foreach (var name in names)
        {
            current = current?.Property(name);
        }
        return current;
    }

    /// <summary>The items of an array; nothing for a missing value or anything that is not an array.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <inheritdoc cref="Items(JsonElement?)"/>
    public static IEnumerable<JsonElement> Items(this JsonElement element) => Items((JsonElement?)element);

    /// <summary>True only when the property is the JSON literal <c>true</c>.</summary>
    public static bool IsTrue(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.True };

    /// <summary>A string, or a number written as its invariant text; null for anything else.</summary>
    public static string? AsText(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    /// <summary>A decimal from a JSON number or a numeric string (<c>"1.85"</c>).</summary>
    public static bool TryDecimal(this JsonElement element, out decimal value)
    {
        value = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetDecimal(out value),
            JsonValueKind.String => decimal.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }

    /// <summary>An integer id from a JSON number or a numeric string (<c>"760712"</c>).</summary>
    public static bool TryInt64(this JsonElement element, out long value)
    {
        value = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt64(out value),
            JsonValueKind.String => long.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }

    /// <summary>An integer from a JSON number or a numeric string; null for anything else.</summary>
    public static long? AsInt64(this JsonElement element) => element.TryInt64(out var value) ? value : null;

    /// <inheritdoc cref="AsInt64"/>
    public static int? AsInt32(this JsonElement element) =>
        element.TryInt64(out var value) && value is >= int.MinValue and <= int.MaxValue ? (int)value : null;

    /// <summary>
    /// A JSON number, or the number a string starts with: <c>"32/35 (91%)"</c> gives 32, <c>"17 (28%)"</c> 17,
    /// <c>"0.46"</c> 0.46. False when there is no leading number.
    /// </summary>
    public static bool TryLeadingDecimal(this JsonElement element, out decimal value)
    {
        value = 0;
        if (element.ValueKind != JsonValueKind.String)
        {
            return element.TryDecimal(out value);
        }
        var text = element.GetString().AsSpan().TrimStart();
        var length = 0;
        if (length < text.Length && text[length] == '-')
        {
            length++;
        }
        while (length < text.Length && (char.IsAsciiDigit(text[length]) || text[length] == '.'))
        {
            length++;
        }
        return decimal.TryParse(text[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>An ISO-8601 timestamp; a value without an offset is taken as UTC.</summary>
    public static bool TryTimestamp(this JsonElement element, out DateTimeOffset value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.String &&
               DateTimeOffset.TryParse(element.GetString(), CultureInfo.InvariantCulture,
                   DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }
}
