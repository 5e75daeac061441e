using System.Net;
using System.Net.Http.Headers;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Tests.RateLimiting;

public sealed class RateLimitHeadersTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static HttpResponseHeaders Headers(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }
        return response.Headers;
    }

    [Fact]
    public void Reads_the_odds_providers_quota_headers_with_an_iso_reset_time()
    {
        var headers = RateLimitHeaders.From(Headers(
            ("x-ratelimit-limit", "5000"), ("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", "2026-11-23T12:34:00Z")), Now);

        headers.Should().Be(new RateLimitHeaders(5000, 0, Now.AddMinutes(34), null));
        headers!.BlockedUntil(Now).Should().Be(Now.AddMinutes(34));
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("1795437000", 1795437000 - 1795435200)]
    public void A_numeric_reset_is_seconds_from_now_when_small_and_a_unix_time_when_large(string reset, int secondsFromNow)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1795435200);

        RateLimitHeaders.From(Headers(("x-ratelimit-reset", reset)), now)!.Reset.Should().Be(now.AddSeconds(secondsFromNow));
    }

    [Fact]
    public void Retry_after_in_seconds_is_read()
    {
        var headers = RateLimitHeaders.From(Headers(("Retry-After", "120")), Now);

        headers!.RetryAfter.Should().Be(TimeSpan.FromMinutes(2));
        headers.BlockedUntil(Now).Should().Be(Now.AddMinutes(2));
    }

    [Fact]
    public void No_quota_headers_and_unreadable_values_give_nothing()
    {
        RateLimitHeaders.From(Headers(("content-language", "en")), Now).Should().BeNull();
        RateLimitHeaders.From(Headers(("x-ratelimit-remaining", "lots")), Now).Should().BeNull();
    }
}
