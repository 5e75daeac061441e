using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.RateLimiting;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>
/// The real <see cref="FotMobClient"/> against FotMob on a loopback Kestrel serving the saved payloads, through the real
/// rate limiter singleton on a one-node cluster. 4506508 is Liverpool 2-2 Manchester United (5 January 2025).
/// </summary>
public sealed class FotMobClientTests : IAsyncLifetime
{
    private const long MatchId = SavedMatches.LiverpoolManUtd2025;

    /// <summary>FotMob's defaults (2 minutes, 1 to 10), with batches large enough that this test never waits for a permit.</summary>
    private static readonly RateLimiterSettings Limits = RateLimiterSettings.Default with
    {
        Intervals = new Dictionary<string, AdaptiveIntervalSettings>
        {
            [Apis.FotMob] = new() { BatchSize = 100, ThrottledBatchSize = 60 },
        },
    };

    private FotMobOnLoopback _loopback = null!;

    private FotMobStandIn FotMob => _loopback.FotMob;

    public async Task InitializeAsync() => _loopback = await FotMobOnLoopback.StartAsync(Limits);

    private FotMobClient Client(Func<FotMobClientOptions, FotMobClientOptions>? configure = null) =>
        new(configure?.Invoke(_loopback.Options) ?? _loopback.Options, _loopback.Limiter);

    private Task<ApiLimitState> FotMobLimit() => _loopback.FotMobLimitAsync();

    private static Task<MatchData> Fetch(FotMobClient client, long matchId = MatchId) =>
        client.FetchAsync(matchId, PermitPriority.Normal, CancellationToken.None);

    private static async Task<string> FailureOf(Func<Task> fetch) =>
        (await fetch.Should().ThrowAsync<MatchDataUnavailableException>()).Which.Message;

    [Theory]
    [InlineData(FotMobClientOptions.ApiMatchDetails, "/api/matchDetails?matchId=4506508")]
    [InlineData(FotMobClientOptions.DataMatchDetails, "/api/data/matchDetails?matchId=4506508")]
    [InlineData(FotMobClientOptions.NextData, "/_next/data/" + FotMobStandIn.BuildId + "/matches/4506508.json")]
    public async Task Each_endpoint_form_gives_the_parsed_match(string endpoint, string expectedPath)
    {
        using var client = Client(o => o with { Endpoint = endpoint, BuildId = FotMobStandIn.BuildId });

        var match = (await Fetch(client)).Details;

        FotMob.Requests.Should().ContainSingle().Which.PathAndQuery.Should().Be(expectedPath);
        match.FixtureId.Should().Be(MatchId);
        (match.Home.Name, match.Away.Name).Should().Be(("Liverpool", "Manchester United"));
        match.Status.Should().Be(MatchStatus.Finished);
        match.Score.Should().Be(new Score(2, 2));
        match.Goals.Should().HaveCount(4);
    }

    [Fact]
    public async Task The_next_data_route_also_reads_a_payload_fetched_that_way()
    {
        using var client = Client(o => o with { Endpoint = FotMobClientOptions.NextData, BuildId = FotMobStandIn.BuildId });

        var final = (await Fetch(client, SavedMatches.ArgentinaFrance2022)).Details;

        (final.Home.Name, final.Away.Name, final.Score, final.ShootoutScore).Should().Be(("Argentina", "France", new Score(3, 3), new Score(4, 2)));
    }

    [Theory]
    [InlineData("netscape", """
        # Netscape HTTP Cookie File
        #HttpOnly_.fotmob.com	TRUE	/	TRUE	1893456000	cf_clearance	tc-7Hq2.x9
        # a comment line, then a line too short to be a cookie
        www.fotmob.com	FALSE	/
        www.fotmob.com	FALSE	/	FALSE	0	u_locale	en-GB
        """)]
    [InlineData("json", """
        [{"name": "cf_clearance", "value": "tc-7Hq2.x9", "domain": ".fotmob.com", "secure": true},
         {"domain": ".fotmob.com", "value": "no name, skipped"},
         {"name": "u_locale", "value": "en-GB"}]
        """)]
    public async Task Extra_headers_and_the_cookies_file_arrive_with_every_request(string format, string cookies)
    {
        var file = _loopback.WriteFile($"cookies.{format}", cookies);
        using var client = Client(o => o with
        {
            CookiesFile = file,
            Headers = new Dictionary<string, string> { ["User-Agent"] = "Mozilla/5.0 (Proppr)", ["x-mas"] = "eyJib2R5Ijp7fX0=" },
        });

        await Fetch(client);
        await Fetch(client, SavedMatches.BournemouthNewcastle2025);

        FotMob.Requests.Should().HaveCount(2).And.OnlyContain(r =>
            r.Cookie == "cf_clearance=tc-7Hq2.x9; u_locale=en-GB" &&
            r.Headers["User-Agent"] == "Mozilla/5.0 (Proppr)" &&
            r.Headers["x-mas"] == "eyJib2R5Ijp7fX0=");
    }

    [Fact]
    public async Task A_renewed_cookies_file_is_sent_from_the_next_request_on()
    {
        var file = _loopback.WriteFile("cookies.json", """[{"name": "cf_clearance", "value": "first"}]""");
        using var client = Client(o => o with { CookiesFile = file });
        await Fetch(client);

        _loopback.WriteFile("cookies.json", """[{"name": "cf_clearance", "value": "renewed"}]""");
        // A file system with coarse timestamps could give both writes the same one.
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddMinutes(1));
        await Fetch(client);

        FotMob.Requests.Select(r => r.Cookie).Should().Equal("cf_clearance=first", "cf_clearance=renewed");
    }

    [Fact]
    public async Task A_missing_cookies_file_stops_the_client_at_start_and_a_broken_one_fails_each_fetch_without_asking_fotmob()
    {
        var file = _loopback.WriteFile("cookies.json", """[{"name": "cf_clearance", "value": "first"}]""");
        var missing = () => Client(o => o with { CookiesFile = file + ".missing" });
        missing.Should().Throw<IOException>().WithMessage($"The FotMob cookies file '{file}.missing' could not be read: *");
        using var client = Client(o => o with { CookiesFile = file });

        _loopback.WriteFile("cookies.json", """[{"name": "cf_clearance", "value": """);
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddMinutes(1));

        (await FailureOf(() => Fetch(client))).Should().StartWith($"FotMob was not asked for match 4506508: The FotMob cookies file '{file}' could not be read: ");
        FotMob.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unchanged_payload_keeps_its_fingerprint_and_is_parsed_once_per_fixture()
    {
        using var client = Client();

        var first = await Fetch(client);
        var again = await Fetch(client);
        var other = await Fetch(client, SavedMatches.BournemouthNewcastle2025);
        var stillTheSame = await Fetch(client);

        again.Should().BeSameAs(first, "the same bytes are not parsed again");
        stillTheSame.Should().BeSameAs(first, "another fixture's payload does not replace this one's");
        other.Fingerprint.Should().NotBe(first.Fingerprint);
        other.Details.FixtureId.Should().Be(SavedMatches.BournemouthNewcastle2025);
        FotMob.Requests.Should().HaveCount(4, "the cache saves parsing, never a request");
    }

    [Fact]
    public async Task A_changed_payload_gets_a_new_fingerprint_and_a_new_snapshot()
    {
        using var client = Client();
        FotMob.Serve(MatchId, LivePayloads.TruncateAt(ReferenceData.ReadFotMob(MatchId), 60));
        var live = await Fetch(client);

        FotMob.Serve(MatchId, ReferenceData.ReadFotMob(MatchId));
        var final = await Fetch(client);

        (live.Details.Status, live.Details.Score).Should().Be((MatchStatus.Live, new Score(1, 1)));
        (final.Details.Status, final.Details.Score).Should().Be((MatchStatus.Finished, new Score(2, 2)));
        final.Fingerprint.Should().NotBe(live.Fingerprint);
    }

    [Fact]
    public async Task A_429_is_an_unavailable_match_with_the_providers_retry_after()
    {
        using var client = Client();
        FotMob.Queue(FotMobFault.RateLimited);

        var error = await ((Func<Task>)(() => Fetch(client))).Should().ThrowAsync<MatchDataUnavailableException>();

        error.Which.Message.Should().Be("FotMob rate-limited match 4506508 (HTTP 429)");
        error.Which.RetryAfter.Should().Be(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task Each_429_doubles_the_fotmob_interval_up_to_ten_minutes_and_each_five_successes_halve_it_down_to_one()
    {
        using var client = Client();
        (await FotMobLimit()).Window.Should().Be(TimeSpan.FromMinutes(2));

        var afterEach429 = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            FotMob.Queue(FotMobFault.RateLimited);
            await FailureOf(() => Fetch(client));
            afterEach429.Add((await FotMobLimit()).Window);
        }
        afterEach429.Should().Equal(TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10));
        (await FotMobLimit()).Should().Match<ApiLimitState>(s => s.Throttled && s.Limit == 60, "a smaller batch while rate-limited");

        var interval = TimeSpan.FromMinutes(10);
        var afterEachRunOfFive = new List<(TimeSpan Interval, bool Throttled)>();
        for (var run = 0; run < 5; run++)
        {
            for (var i = 0; i < 4; i++)
            {
                await Fetch(client);
            }
            (await FotMobLimit()).Window.Should().Be(interval, "four successes change nothing");
            await Fetch(client);
            var state = await FotMobLimit();
            interval = state.Window;
            afterEachRunOfFive.Add((state.Window, state.Throttled));
        }
        afterEachRunOfFive.Should().Equal(
            (TimeSpan.FromMinutes(5), true),
            (TimeSpan.FromMinutes(2.5), true),
            (TimeSpan.FromMinutes(1.25), false),
            (TimeSpan.FromMinutes(1), false),
            (TimeSpan.FromMinutes(1), false));
        (await FotMobLimit()).Limit.Should().Be(100, "the full batch returns once the interval is back under its default");
    }

    [Fact]
    public async Task A_server_error_is_an_unavailable_match_that_says_so()
    {
        using var client = Client();
        FotMob.Queue(FotMobFault.ServerError);

        (await FailureOf(() => Fetch(client))).Should().Be("FotMob answered 500 Internal Server Error for match 4506508");
    }

    [Fact]
    public async Task A_client_error_such_as_a_stale_build_id_is_an_unavailable_match_that_says_so()
    {
        using var client = Client(o => o with { Endpoint = FotMobClientOptions.NextData, BuildId = "build-2025-01" });

        (await FailureOf(() => Fetch(client))).Should().Be("FotMob answered 404 Not Found for match 4506508");
    }

    [Fact]
    public async Task An_answer_slower_than_the_client_timeout_is_an_unavailable_match_that_says_so()
    {
        using var client = Client(o => o with { Timeout = TimeSpan.FromSeconds(1) });
        FotMob.Queue(FotMobFault.Slow);

        (await FailureOf(() => Fetch(client))).Should().Be("FotMob did not answer for match 4506508 within 00:00:01");
    }

    [Fact]
    public async Task Malformed_json_and_json_that_is_no_match_are_unavailable_matches_that_say_why()
    {
        using var client = Client();
        FotMob.Queue(FotMobFault.Malformed);

        (await FailureOf(() => Fetch(client))).Should().StartWith("FotMob sent an unreadable answer for match 4506508: the payload is not valid JSON");
        FotMob.Serve(MatchId, """{"error": "match not found"}""");
        (await FailureOf(() => Fetch(client))).Should().Be("FotMob sent an unreadable answer for match 4506508: header missing");
    }

    [Fact]
    public async Task Once_the_failures_clear_the_same_call_returns_the_match()
    {
        using var client = Client(o => o with { Timeout = TimeSpan.FromSeconds(1) });
        FotMob.Queue(FotMobFault.RateLimited, FotMobFault.ServerError, FotMobFault.Malformed, FotMobFault.Slow);

        for (var i = 0; i < 4; i++)
        {
            await FailureOf(() => Fetch(client));
        }
        var match = await Fetch(client);

        match.Details.Score.Should().Be(new Score(2, 2));
        FotMob.Requests.Should().HaveCount(5);
    }

    public async Task DisposeAsync() => await _loopback.DisposeAsync();
}
