using System.Text.Json.Nodes;
using Akka.Actor;
using Akka.Event;
using Proppr.Actors.Betting;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.Stats;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Stats;

/// <summary>
/// The league crawl as it runs: the crawler and pipeline singletons and the real rate limiter on a one-node cluster,
/// FotMob on loopback (<see cref="FotMobStandIn"/>) answering with the saved listing of 3 September 2023 and the saved
/// match payloads, through the production <see cref="FotMobLeagueFeed"/>. The daily time is set a few seconds ahead, so
/// the "06:00" crawl runs once the node is up; the FotMob request log is the stand-in's.
/// </summary>
public sealed class LeagueCrawlTests : IAsyncLifetime
{
    private const long PremierLeague = 47;
    private const long Rematch = 4600001;
    private const long Liverpool = 8650;
    private const long ManUtd = 10260;
    private const long Dalot = 751550;
    private const long Rashford = 696365;
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>When the daily crawl runs: a few seconds ahead, enough for the node to start first.</summary>
    private readonly DateTimeOffset _crawlAt = DateTimeOffset.UtcNow.AddSeconds(6);

    private readonly TempDatabaseFile _database = new();
    private FotMobStandIn _fotMob = null!;
    private TestNode? _node;

    public async Task InitializeAsync() => _fotMob = await FotMobStandIn.StartAsync();

    private StatsQueries Queries => new(_database.Options, SeasonCalendar.European);

    /// <summary>A crawl of <paramref name="leagues"/> at <see cref="_crawlAt"/>, over its day (and the given days around it).</summary>
    private LeagueCrawlSettings CrawlSoon(long[] leagues, int daysBack = 0, int daysAhead = 0) => new()
    {
        Leagues = leagues,
        DailyAt = TimeOnly.FromDateTime(_crawlAt.UtcDateTime),
        DaysBack = daysBack,
        DaysAhead = daysAhead,
    };

    /// <summary>The UTC day the crawl reads as today.</summary>
    private DateOnly CrawlDay => DateOnly.FromDateTime(_crawlAt.UtcDateTime);

    private async Task<TestNode> StartNode(LeagueCrawlSettings crawl, RateLimiterSettings? limits = null)
    {
        var options = new FotMobClientOptions { BaseUrl = _fotMob.BaseUrl, MaxPermitWait = TimeSpan.FromMilliseconds(200) };
        _node = await TestNode.StartAsync(_database.Options, akka => akka
            .AddRateLimiter(limits ?? RateLimiterSettings.Default)
            .AddStatsPipeline(StatsSettings.Default with { Crawl = crawl }, registry =>
                new FotMobLeagueFeed(options, new ActorRateLimiterClient(registry.Get<RateLimiter>(), TimeSpan.FromSeconds(5)))));
        return _node;
    }

    private static async Task<CrawlProgress> Progress(TestNode node) =>
        await node.Required<LeagueCrawler>().Ask<CrawlProgress>(GetCrawlProgress.Instance, TimeSpan.FromSeconds(10));

    private static async Task<StatsProgress> PipelineProgress(TestNode node) =>
        await node.Required<StatsPipeline>().Ask<StatsProgress>(GetStatsProgress.Instance, TimeSpan.FromSeconds(10));

    private int RequestsFor(long matchId) => _fotMob.Requests.Count(r => r.PathAndQuery.EndsWith($"matchId={matchId}", StringComparison.Ordinal));

    /// <summary>
    /// The saved listing cut down to England's Premier League, its three finished matches replaced by the saved
    /// payloads' <paramref name="finished"/>, and the rematch (Liverpool v Manchester United) at <paramref name="rematchAt"/>
    /// when given. Entries keep the saved listing's shape.
    /// </summary>
    private static string PremierLeagueListing(long[] finished, DateTimeOffset? rematchAt = null)
    {
        var listing = JsonNode.Parse(ReferenceData.ReadFotMobListing(ReferenceData.FotMobListingDate))!.AsObject();
        var league = listing["leagues"]!.AsArray().Single(l => (long)l!["primaryId"]! == PremierLeague)!.AsObject();
        var template = league["matches"]!.AsArray().Single(m => (long)m!["id"]! == SavedMatches.ArsenalManUtd2023)!;
        var matches = new JsonArray();
        foreach (var id in finished)
        {
            var saved = SavedMatches.Parse(id);
            matches.Add(Entry(template, id, saved.Home, saved.Away, saved.Kickoff!.Value, finished: true));
        }
        if (rematchAt is { } kickoff)
        {
            matches.Add(Entry(template, Rematch, new TeamRef(Liverpool, "Liverpool"), new TeamRef(ManUtd, "Man United"), kickoff, finished: false));
        }
        league["matches"] = matches;
        listing["leagues"] = new JsonArray(league.DeepClone());
        return listing.ToJsonString();
    }

    private static JsonNode Entry(JsonNode template, long id, TeamRef home, TeamRef away, DateTimeOffset kickoff, bool finished)
    {
        var entry = template.DeepClone();
        entry["id"] = id;
        entry["home"]!["id"] = home.Id;
        entry["home"]!["name"] = home.Name;
        entry["away"]!["id"] = away.Id;
        entry["away"]!["name"] = away.Name;
        entry["status"]!["utcTime"] = UtcTime(kickoff);
        entry["status"]!["started"] = finished;
        entry["status"]!["finished"] = finished;
        if (!finished)
        {
            entry["status"]!.AsObject().Remove("reason");
            entry["status"]!.AsObject().Remove("scoreStr");
        }
        return entry;
    }

    /// <summary>FotMob's way of writing an instant: "2023-09-03T15:30:00.000Z".</summary>
    private static string UtcTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The saved pre-match payload (Fredrikstad v Sandefjord, predicted lineup) as the rematch: Liverpool v Manchester United at <paramref name="kickoff"/>.</summary>
    private static string RematchBeforeKickoff(DateTimeOffset kickoff)
    {
        var payload = JsonNode.Parse(ReferenceData.ReadFotMob(SavedMatches.FredrikstadSandefjordPreMatch))!.AsObject();
        var utc = UtcTime(kickoff);
        payload["general"]!["matchId"] = Rematch.ToString(System.Globalization.CultureInfo.InvariantCulture);
        payload["general"]!["matchTimeUTCDate"] = utc;
        payload["header"]!["status"]!["utcTime"] = utc;
        var teams = payload["header"]!["teams"]!.AsArray();
        teams[0]!["id"] = Liverpool;
        teams[0]!["name"] = "Liverpool";
        teams[1]!["id"] = ManUtd;
        teams[1]!["name"] = "Manchester United";
        return payload.ToJsonString();
    }

    [Fact]
    public async Task A_days_crawl_asks_FotMob_no_more_often_than_the_limiter_grants_and_waits_for_the_rest()
    {
        // Ten finished matches in three leagues on the saved Sunday; the limiter grants normal priority half of a
        // batch of 8 per hour: 4 requests (the listing and three matches), then the crawl must wait an hour.
        const long russia = 63, scotland = 64;
        _fotMob.ServeListing(CrawlDay, ReferenceData.ReadFotMobListing(ReferenceData.FotMobListingDate));
        var tight = RateLimiterSettings.Default with
        {
            Intervals = new Dictionary<string, AdaptiveIntervalSettings>
            {
                [Apis.FotMob] = new() { Initial = TimeSpan.FromHours(1), Minimum = TimeSpan.FromHours(1), BatchSize = 8 },
            },
        };
        var node = await StartNode(CrawlSoon([PremierLeague, russia, scotland]), tight);

        await Eventually.HoldsAsync(async () =>
            (await Progress(node)).Should().Match<CrawlProgress>(p => p.ListingsRead == 1 && p.MatchesRead + p.Failures == 3 && p.Queued == 7));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var limiter = await node.Required<RateLimiter>().Ask<LimiterState>(GetLimiterState.Instance, TimeSpan.FromSeconds(5));
        _fotMob.Requests.Should().HaveCount(4, "the limiter grants 4 in the hour and the crawl waits for the rest");
        limiter.PermitsGranted.Should().Be(_fotMob.Requests.Count, "every request FotMob saw was granted first");
        limiter.PermitsDenied.Should().BeGreaterThan(0);
        _fotMob.Requests[0].PathAndQuery.Should().Be($"/api/matches?date={CrawlDay:yyyyMMdd}");
    }

    [Fact]
    public async Task A_fixture_nobody_bet_on_gets_predicted_lines_from_the_crawled_league()
    {
        var kickoff = DateTimeOffset.UtcNow.AddDays(1);
        _fotMob.ServeListing(CrawlDay, PremierLeagueListing(
            [SavedMatches.ArsenalManUtd2023, SavedMatches.LiverpoolManUtd2023, SavedMatches.LiverpoolManUtd2025], kickoff));
        _fotMob.Serve(Rematch, RematchBeforeKickoff(kickoff));
        var node = await StartNode(CrawlSoon([PremierLeague], daysAhead: 1));

        await Eventually.HoldsAsync(async () => (await Queries.FixtureProjectionsAsync(Rematch, None))!.Lines.Should().NotBeEmpty());

        (await Progress(node)).Should().Match<CrawlProgress>(p => p.ListingsRead == 2 && p.MatchesRead == 4 && p.Failures == 0);
        var projections = (await Queries.FixtureProjectionsAsync(Rematch, None))!;
        // The three saved matches, as worked out by hand in StatsPipelineClusterTests: corners Liverpool 9 for, 4.5
        // against; United 4 for, 10 against.
        projections.Lines.Should().Contain(new PredictedLine(BetPeriod.FullTime, Stat.Corners, 13.75m, 13.5m, 9.5m, 9.5m, 4.25m, 4.5m, 2));
        // Liverpool's last two: 2-2 with United in January 2025, 0-0 in December 2023 (SOURCES.md).
        projections.HomeLast5.Select(m => (m.FixtureId, m.Opponent, m.Result, m.Score)).Should().Equal(
            (SavedMatches.LiverpoolManUtd2025, "Manchester United", "D", "2-2"), (SavedMatches.LiverpoolManUtd2023, "Manchester United", "D", "0-0"));
    }

    [Fact]
    public async Task The_last_five_form_and_player_figures_come_from_the_crawled_payloads()
    {
        _fotMob.ServeListing(CrawlDay, PremierLeagueListing([SavedMatches.ArsenalManUtd2023, SavedMatches.LiverpoolManUtd2023]));
        var node = await StartNode(CrawlSoon([PremierLeague]));

        await Eventually.HoldsAsync(async () => (await PipelineProgress(node)).MatchesRecorded.Should().Be(2));

        // United lost 3-1 at Arsenal on 3 September 2023, drew 0-0 at Liverpool on 17 December (SOURCES.md).
        var united = (await Queries.TeamStatsAsync(ManUtd, None))!;
        united.Last5.Select(m => (m.Opponent, m.Home, m.Result, m.Score)).Should().Equal(("Liverpool", false, "D", "0-0"), ("Arsenal", false, "L", "1-3"));
        united.Form.Should().Equal("D", "L");

        // Dalot in 4193490: 90 minutes, 1 shot, chances_created 0, expected_assists "0.05", no dribbles_succeeded;
        // in 4193696: 89 minutes, 0 shots, chances_created 1, expected_assists "0.01". Season 2023/24: 179 minutes.
        var dalot = (await Queries.PlayerStatsAsync(Dalot, None))!.Figures;
        dalot.Form.Should().Equal(0, 0);
        dalot.Last5.Select(m => (m.FixtureId, m.Opponent, m.Result)).Should().Equal(
            (SavedMatches.LiverpoolManUtd2023, "Liverpool", "D"), (SavedMatches.ArsenalManUtd2023, "Arsenal", "L"));
        dalot.Season!.Should().Match<PlayerSeason>(s => s.Season == "2023/24" && s.Appearances == 2 && s.Minutes == 179 && s.MinutesPerGoal == null);
        dalot.Season!.Totals.Should().Contain(new StatTotal(Stat.KeyPasses, 1m, 0.5m), "1 × 90 / 179 = 0.503");
        dalot.Season!.Totals.Should().Contain(new StatTotal(Stat.ExpectedAssists, 0.06m, 0.03m), "0.06 × 90 / 179 = 0.030");
        dalot.Season!.Totals.Should().Contain(new StatTotal(Stat.Shots, 1m, 0.5m));
        dalot.Season!.Totals.Should().Contain(new StatTotal(Stat.Dribbles, 0m, 0m));

        // Rashford in 4193490: 90 minutes, a goal (events: "g": 1), expected_assists "0.46", chances_created 1,
        // dribbles_succeeded "2/4 (50%)"; in 4193696, on at 71: minutes_played 19, expected_assists "0.01", nothing else.
        // Season 2023/24: 109 minutes.
        var rashford = (await Queries.PlayerStatsAsync(Rashford, None))!.Figures;
        rashford.Form.Should().Equal(0, 1);
        rashford.Season!.MinutesPerGoal.Should().Be(109m);
        rashford.Season!.Totals.Should().Contain(new StatTotal(Stat.ExpectedAssists, 0.47m, 0.39m), "0.47 × 90 / 109 = 0.388");
        rashford.Season!.Totals.Should().Contain(new StatTotal(Stat.KeyPasses, 1m, 0.83m), "90 / 109 = 0.826");
        rashford.Season!.Totals.Should().Contain(new StatTotal(Stat.Dribbles, 2m, 1.65m), "180 / 109 = 1.651");
        rashford.Last5.Single(m => m.FixtureId == SavedMatches.ArsenalManUtd2023).Figures
            .Should().Contain([new StatValue(Stat.ExpectedAssists, 0.46m), new StatValue(Stat.KeyPasses, 1m), new StatValue(Stat.MinutesPlayed, 90m)]);
    }

    [Fact]
    public async Task An_upcoming_fixture_is_fetched_again_two_hours_before_kickoff()
    {
        var settings = CrawlSoon([PremierLeague]);
        var kickoff = _crawlAt + settings.RefreshBeforeKickoff + TimeSpan.FromSeconds(5);
        _fotMob.ServeListing(CrawlDay, PremierLeagueListing([], kickoff));
        _fotMob.Serve(Rematch, RematchBeforeKickoff(kickoff));
        var node = await StartNode(settings);

        await Eventually.HoldsAsync(() => RequestsFor(Rematch).Should().Be(1, "the daily crawl"));
        await Eventually.HoldsAsync(() => RequestsFor(Rematch).Should().Be(2, "and two hours before kickoff"));
        await Eventually.HoldsAsync(async () => (await PipelineProgress(node)).ProjectionsComputed.Should().BeGreaterThanOrEqualTo(2));
    }

    [Fact]
    public async Task A_malformed_listing_or_match_is_logged_clearly_and_the_crawl_goes_on()
    {
        var yesterday = CrawlDay.AddDays(-1);
        _fotMob.ServeListing(yesterday, """{"leagues": "none today"}""");
        _fotMob.ServeListing(CrawlDay, PremierLeagueListing([SavedMatches.LiverpoolManUtd2023, SavedMatches.ArsenalManUtd2023]));
        _fotMob.Serve(SavedMatches.LiverpoolManUtd2023, """{"general": {"matchId": "4193696"}, "header": """);
        var node = await StartNode(CrawlSoon([PremierLeague], daysBack: 1));
        var errors = Inbox.Create(node.System);
        node.System.EventStream.Subscribe(errors.Receiver, typeof(Error));

        await Eventually.HoldsAsync(async () => (await PipelineProgress(node)).MatchesRecorded.Should().Be(1, "Arsenal v United, after both failures"));

        var progress = await Progress(node);
        progress.Should().Match<CrawlProgress>(p => p.Failures == 2 && p.ListingsRead == 1 && p.MatchesRead == 1 && p.Queued == 0);
        progress.LastError.Should().StartWith("match 4193696: FotMob sent an unreadable answer for match 4193696");
        var logged = new List<string>();
        while (logged.Count < 2)
        {
            logged.Add(((Error)await errors.ReceiveAsync(TimeSpan.FromSeconds(10))).Message.ToString()!);
        }
        logged.Should().Satisfy(
            m => m.StartsWith($"League crawl skipped the listing of {yesterday:yyyy-MM-dd}: FotMob sent an unreadable answer", StringComparison.Ordinal),
            m => m.StartsWith("League crawl skipped match 4193696: FotMob sent an unreadable answer", StringComparison.Ordinal));
        (await Queries.TeamStatsAsync(9825, None)).Should().NotBeNull("Arsenal's match was recorded");
    }

    public async Task DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
        await _fotMob.DisposeAsync();
        _database.Dispose();
    }
}
