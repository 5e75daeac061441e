using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.RateLimiting;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>
/// The real <see cref="FotMobFixtureSearch"/> through the real limiter against FotMob on loopback, which serves the real
/// listing of 3 September 2023 and empty days around it.
/// </summary>
public sealed class FotMobFixtureSearchTests : IAsyncLifetime
{
    private static readonly DateOnly Sunday = ReferenceData.FotMobListingDate;
    private static readonly DateTimeOffset SundayMidnight = new(2023, 9, 3, 0, 0, 0, TimeSpan.Zero);

    private readonly ManualTime _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private FotMobOnLoopback _loopback = null!;

    private FotMobStandIn FotMob => _loopback.FotMob;

    public async Task InitializeAsync()
    {
        _loopback = await FotMobOnLoopback.StartAsync(RateLimiterSettings.Default);
        FotMob.ServeListing(Sunday, ReferenceData.ReadFotMobListing(Sunday));
    }

    private FotMobFixtureSearch Search(Func<FotMobClientOptions, FotMobClientOptions>? configure = null) =>
        new(configure?.Invoke(_loopback.Options) ?? _loopback.Options, _loopback.Limiter, _clock);

    private IEnumerable<string> Paths => FotMob.Requests.Select(r => r.PathAndQuery);

    [Fact]
    public async Task A_window_over_three_days_asks_for_each_day_once_and_finds_the_matches_inside_it()
    {
        using var search = Search();

        var around = await search.SearchAsync(SundayMidnight.AddHours(-12), SundayMidnight.AddHours(36), CancellationToken.None);
        var afternoon = await search.SearchAsync(SundayMidnight.AddHours(15), SundayMidnight.AddHours(16), CancellationToken.None);

        Paths.Should().Equal("/api/matches?date=20230902", "/api/matches?date=20230903", "/api/matches?date=20230904");
        around.Should().HaveCount(489);
        afternoon.Should().HaveCount(67, "kickoffs from 15:00 to 16:00, both ends included");
        afternoon.Should().Contain(c => c.MatchId == 4193490 && c.AwayLongName == "Manchester United");
        afternoon.Should().OnlyContain(c => c.Kickoff >= SundayMidnight.AddHours(15) && c.Kickoff <= SundayMidnight.AddHours(16));
    }

    [Fact]
    public async Task A_days_listing_is_reused_for_a_few_minutes_then_fetched_again()
    {
        using var search = Search(o => o with { ListingCacheFor = TimeSpan.FromMinutes(5) });
        await search.SearchAsync(SundayMidnight.AddHours(15), SundayMidnight.AddHours(16), CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(4));
        await search.SearchAsync(SundayMidnight.AddHours(12), SundayMidnight.AddHours(13), CancellationToken.None);
        Paths.Should().HaveCount(1);

        _clock.Advance(TimeSpan.FromMinutes(1));
        FotMob.ServeListing(Sunday, """{"leagues": [], "date": "20230903"}""");
        var later = await search.SearchAsync(SundayMidnight.AddHours(15), SundayMidnight.AddHours(16), CancellationToken.None);

        Paths.Should().HaveCount(2);
        later.Should().BeEmpty("the day was fetched again");
    }

    [Fact]
    public async Task The_listing_endpoint_headers_and_cookies_are_those_configured()
    {
        var cookies = _loopback.WriteFile("cookies.json", """[{"name": "cf_clearance", "value": "tc-7Hq2.x9"}]""");
        using var search = Search(o => o with
        {
            ListingEndpoint = "/api/data/matches?date={date}",
            CookiesFile = cookies,
            Headers = new Dictionary<string, string> { ["x-mas"] = "eyJib2R5Ijp7fX0=" },
        });

        var found = await search.SearchAsync(SundayMidnight.AddHours(15), SundayMidnight.AddHours(16), CancellationToken.None);

        found.Should().HaveCount(67);
        FotMob.Requests.Should().ContainSingle().Which.Should().Match<FotMobRequest>(r =>
            r.PathAndQuery == "/api/data/matches?date=20230903" && r.Cookie == "cf_clearance=tc-7Hq2.x9" && r.Headers["x-mas"] == "eyJib2R5Ijp7fX0=");
    }

    [Fact]
    public async Task A_day_that_fails_fails_the_search_clearly_and_a_retry_asks_only_for_the_days_still_missing()
    {
        using var search = Search();
        FotMob.Queue(FotMobFault.ServerError);
        var act = () => search.SearchAsync(SundayMidnight.AddHours(-12), SundayMidnight.AddHours(12), CancellationToken.None);
        (await act.Should().ThrowAsync<MatchDataUnavailableException>()).Which.Message
            .Should().Be("FotMob answered 500 Internal Server Error for the listing of 2023-09-02");

        FotMob.Queue(FotMobFault.Malformed);
        (await act.Should().ThrowAsync<MatchDataUnavailableException>()).Which.Message
            .Should().StartWith("FotMob sent an unreadable answer for the listing of 2023-09-02: the listing is not valid JSON");

        FotMob.Queue(FotMobFault.RateLimited);
        (await act.Should().ThrowAsync<MatchDataUnavailableException>()).Which.RetryAfter.Should().Be(TimeSpan.FromMinutes(2));

        var found = await act();
        found.Should().HaveCount(124, "Sunday's matches up to noon");
        Paths.Should().Equal(
            "/api/matches?date=20230902", "/api/matches?date=20230902", "/api/matches?date=20230902",
            "/api/matches?date=20230902", "/api/matches?date=20230903");
    }

    public async Task DisposeAsync() => await _loopback.DisposeAsync();
}
