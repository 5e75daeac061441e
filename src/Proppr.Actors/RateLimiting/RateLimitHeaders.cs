using System.Globalization;
using System.Net.Http.Headers;

namespace Proppr.Actors.RateLimiting;

/// <summary>
/// The provider's own view of its quota (<c>x-ratelimit-limit</c>, <c>-remaining</c>, <c>-reset</c>; reset is an
/// ISO-8601 time for the odds provider, seconds for others), and <c>Retry-After</c> where given.
/// </summary>
public sealed record RateLimitHeaders(int? Limit, int? Remaining, DateTimeOffset? Reset, TimeSpan? RetryAfter)
{
    public static RateLimitHeaders? From(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var limit = Integer(headers, "x-ratelimit-limit");
        var remaining = Integer(headers, "x-ratelimit-remaining");
        var reset = ResetTime(First(headers, "x-ratelimit-reset"), now);
        var retryAfter = headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        return limit is null && remaining is null && reset is null && retryAfter is null
            ? null
            : new RateLimitHeaders(limit, remaining, reset, retryAfter);
    }

    /// <summary>Until when the provider refuses requests, if it said so.</summary>
    public DateTimeOffset? BlockedUntil(DateTimeOffset now) =>
        Remaining is 0 && Reset is { } reset ? reset
        : RetryAfter is { } wait ? now + wait
        : null;

    private static DateTimeOffset? ResetTime(string? value, DateTimeOffset now)
    {
        if (value is null)
        {
            return null;
        }
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            // Small numbers are seconds from now, large ones a Unix time.
            return number < 1_000_000_000 ? now.AddSeconds(number) : DateTimeOffset.FromUnixTimeSeconds(number);
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
    }

    private static int? Integer(HttpResponseHeaders headers, string name) =>
        int.TryParse(First(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? First(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
