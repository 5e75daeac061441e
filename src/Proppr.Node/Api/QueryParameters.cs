using System.Globalization;
using Proppr.Actors.Betting.Contract;

namespace Proppr.Node.Api;

/// <summary>Reads optional query-string values, keeping the first problem as a sentence for a 400.</summary>
public sealed class QueryParameters(IQueryCollection query)
{
    private delegate bool TryParse<T>(string text, out T value);

    public static readonly DateOnly FirstDay = new(1900, 1, 1);

    public static readonly DateOnly LastDay = new(9000, 12, 31);

    public string? Error { get; private set; }

    public string? Text(string name) => query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;

    /// <summary>An ISO-8601 time or date; one without an offset is UTC.</summary>
    public DateTimeOffset? Time(string name) => Parse(name, "an ISO-8601 time or date",
        (string text, out DateTimeOffset time) => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time));

    public long? Long(string name) => Parse(name, "an integer",
        (string text, out long number) => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number));

    /// <summary>A decimal number such as <c>12.5</c>.</summary>
    public decimal? Decimal(string name) => Parse(name, "a number",
        (string text, out decimal number) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out number));

    /// <summary>One of the contract's snake_case names in <paramref name="names"/> (<c>goals</c>, <c>pending</c>, ...).</summary>
    public T? Name<T>(string name, WireNameTable<T> names) where T : struct, Enum => Parse(name, "one of " + string.Join(", ", names.Names),
        (string text, out T value) => names.TryParse(text, out value));

    /// <summary>
    /// A UTC day as <c>YYYY-MM-DD</c>, which must be given, between <see cref="FirstDay"/> and <see cref="LastDay"/>: a day
    /// becomes a window of days around it, which the calendar's ends would not hold.
    /// </summary>
    public DateOnly RequiredDay(string name)
    {
        var day = Parse(name, "a day (YYYY-MM-DD)",
            (string text, out DateOnly day) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day));
        if (day is null && Text(name) is null)
        {
            Error ??= $"{name} is required (YYYY-MM-DD, UTC)";
        }
        if (day < FirstDay || day > LastDay)
        {
            Error ??= string.Create(CultureInfo.InvariantCulture, $"{name} must lie between {FirstDay:yyyy-MM-dd} and {LastDay:yyyy-MM-dd}");
        }
        return day ?? default;
    }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public bool? Flag(string name) => Parse(name, "true or false", (string text, out bool flag) => bool.TryParse(text, out flag));

    private T? Parse<T>(string name, string what, TryParse<T> parse) where T : struct
    {
        if (Text(name) is not { } text)
        {
            return null;
        }
        if (parse(text, out var value))
        {
            return value;
        }
        Error ??= $"{name} '{text}' is not {what}";
        return null;
    }
}
