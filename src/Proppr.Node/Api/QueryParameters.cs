using System.Globalization;

namespace Proppr.Node.Api;

/// <summary>Reads optional query-string values, keeping the first problem as a sentence for a 400.</summary>
public sealed class QueryParameters(IQueryCollection query)
{
    public string? Error { get; private set; }

    public string? Text(string name) => query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;

    /// <summary>An ISO-8601 time or date; one without an offset is UTC.</summary>
    public DateTimeOffset? Time(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }
        Error ??= $"{name} '{text}' is not an ISO-8601 time or date";
        return null;
    }

    public long? Long(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        Error ??= $"{name} '{text}' is not an integer";
        return null;
    }
}
