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
        TryGetProperty(element, name, out var value) &&
        value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    /// <summary>The lookup compares names by decoding them, and throws on one that cannot be; such a name matches nothing.</summary>
    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        try
        {
            return element.TryGetProperty(name, out value);
        }
        catch (InvalidOperationException)
        {
            value = element.EnumerateObject().FirstOrDefault(property => NameOrNull(property) == name).Value;
            return value.ValueKind != JsonValueKind.Undefined;
        }
    }

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

    /// <summary>A string, or a number written as its invariant text; null for anything else, undecodable text included.</summary>
    public static string? AsText(this JsonElement element) => element.TryText(out var text) ? text : null;

    /// <summary>
    /// <see cref="AsText"/>, but false for a string that cannot be decoded (an escaped lone UTF-16 surrogate such as
    /// <c>"\ud800"</c>, which JSON's grammar allows and no .NET string can hold as valid Unicode): the caller says why.
    /// </summary>
    public static bool TryText(this JsonElement element, out string? text)
    {
        text = element.ValueKind switch
        {
            JsonValueKind.String => StringOrNull(element),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
        return text is not null || element.ValueKind != JsonValueKind.String;
    }

    /// <summary>Whether any string or property name in <paramref name="element"/> cannot be decoded (see <see cref="TryText"/>).</summary>
    public static bool HasUndecodableText(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => StringOrNull(element) is null,
        JsonValueKind.Array => element.EnumerateArray().Any(HasUndecodableText),
        JsonValueKind.Object => element.EnumerateObject().Any(property => NameOrNull(property) is null || property.Value.HasUndecodableText()),
        _ => false,
    };

    private static string? StringOrNull(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string? NameOrNull(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A decimal from a JSON number or a numeric string (<c>"1.85"</c>).</summary>
    public static bool TryDecimal(this JsonElement element, out decimal value)
    {
        value = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetDecimal(out value),
            JsonValueKind.String => decimal.TryParse(StringOrNull(element), NumberStyles.Float, CultureInfo.InvariantCulture, out value),
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
            JsonValueKind.String => long.TryParse(StringOrNull(element), NumberStyles.Integer, CultureInfo.InvariantCulture, out value),
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
        var text = StringOrNull(element).AsSpan().TrimStart();
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

    /// <summary>The text of a string, or of each string in an array; empty for anything else. Blank items are left out.</summary>
    public static IReadOnlyList<string> AsTextList(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String when !string.IsNullOrWhiteSpace(StringOrNull(element)) => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray()
            .Select(item => item.AsText())
            .Where(text => !string.IsNullOrWhiteSpace(text))
            .Select(text => text!)
            .ToArray(),
        _ => [],
    };

    /// <summary>
    /// A timestamp written as ISO-8601 text or as Unix epoch time (a number or numeric text). Providers disagree on the
    /// epoch unit, so values of 10^11 and more are taken as milliseconds (that is the year 5138 in seconds), smaller
    /// ones as seconds.
    /// </summary>
    public static bool TryInstant(this JsonElement element, out DateTimeOffset value)
    {
        if (!element.TryDecimal(out var epoch))
        {
            return element.TryTimestamp(out value);
        }
        value = default;
        var seconds = epoch >= 100_000_000_000m ? epoch / 1000m : epoch;
        if (seconds < 0 || seconds > 253_402_300_799m)
        {
            return false;
        }
        value = DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    /// <summary>An ISO-8601 timestamp; a value without an offset is taken as UTC.</summary>
    public static bool TryTimestamp(this JsonElement element, out DateTimeOffset value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.String &&
               DateTimeOffset.TryParse(StringOrNull(element), CultureInfo.InvariantCulture,
                   DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }
}
