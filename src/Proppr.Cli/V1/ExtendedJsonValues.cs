using System.Globalization;
using MongoDB.Bson;

namespace Proppr.Cli.V1;

/// <summary>
/// Reads the fields of an old document whatever form the export gave them: MongoDB writes numbers as plain JSON
/// numbers or as <c>$numberDecimal</c>, <c>$numberLong</c>, <c>$numberDouble</c> (canonical Extended JSON), dates as
/// <c>$date</c> with an ISO string or milliseconds, and the old services also stored numbers and dates as strings.
/// </summary>
public static class ExtendedJsonValues
{
    /// <summary>One exported line as a document, or null with <paramref name="problem"/> saying why it is not one.</summary>
    public static BsonDocument? Document(string text, out string? problem)
    {
        problem = null;
        try
        {
            return BsonDocument.Parse(text);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or EndOfStreamException)
        {
            problem = $"not a JSON document: {e.Message}";
            return null;
        }
    }

    /// <summary>The value at a dotted path (<c>result_tracking.result_status</c>); null when absent or BSON null.</summary>
    public static BsonValue? At(this BsonDocument document, string path)
    {
        BsonValue current = document;
        foreach (var name in path.Split('.'))
        {
            if (current is not BsonDocument inner || !inner.TryGetValue(name, out current!))
            {
                return null;
            }
        }
        return current.IsBsonNull ? null : current;
    }

    /// <summary>The first of <paramref name="paths"/> present.</summary>
    public static BsonValue? First(this BsonDocument document, params string[] paths) =>
        paths.Select(document.At).FirstOrDefault(value => value is not null);

    public static string? Text(BsonValue? value) => value switch
    {
        null => null,
        BsonString text => string.IsNullOrWhiteSpace(text.Value) ? null : text.Value.Trim(),
        BsonObjectId id => id.Value.ToString(),
        _ when Number(value) is { } number => number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A number without the scale it was written with (<c>2.10</c> is <c>2.1</c>), as Proppr's own JSON writes it.</summary>
    public static decimal? Number(BsonValue? value) => Exact(value) is { } number ? number / 1.000000000000000000000000000000000m : null;

    private static decimal? Exact(BsonValue? value)
    {
        try
        {
            return value switch
            {
                BsonInt32 i => i.Value,
                BsonInt64 l => l.Value,
                BsonDecimal128 d => Decimal128.ToDecimal(d.Value),
                BsonDouble d when double.IsFinite(d.Value) => (decimal)d.Value,
                BsonString s when decimal.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>A whole number: an id or a count, however it was written.</summary>
    public static long? Whole(BsonValue? value) =>
        Number(value) is { } number && number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue
            ? (long)number
            : null;

    public static DateTimeOffset? Instant(BsonValue? value) => value switch
    {
        BsonDateTime { IsValidDateTime: true } date => new DateTimeOffset(date.ToUniversalTime(), TimeSpan.Zero),
        BsonString text when DateTimeOffset.TryParse(text.Value, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed) => parsed,
        _ => null,
    };

    public static bool Flag(BsonValue? value) => value is BsonBoolean { Value: true };
}
