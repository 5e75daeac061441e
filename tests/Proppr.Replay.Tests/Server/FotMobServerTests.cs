using System.Net;
using System.Text.Json;
using Proppr.Replay.Generation;
using Proppr.Replay.Server;
using Proppr.Replay.Timeline;
using Proppr.TestSupport;

namespace Proppr.Replay.Tests.Server;

public sealed class FotMobServerTests : IAsyncLifetime
{
    private const double Speed = 60;
    private readonly ManualTime _time = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly MatchDay _day = MatchDayGenerator.Generate(new MatchDayOptions
    {
        Seed = 11, Fixtures = 3, FirstKickoff = new TimeOnly(15, 0), LastKickoff = new TimeOnly(15, 0),
    });
    private readonly HttpClient _http = new();
    private ReplayServer _server = null!;

    private SyntheticMatch Played => _day.Matches.First(m => !m.Postponed);

    public async Task InitializeAsync()
    {
        var clock = new ReplayClock(_time, Played.Kickoff.AddMinutes(-30), Speed);
        _server = await ReplayServer.StartAsync(_day, clock);
        _http.BaseAddress = _server.BaseUrl;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Match_details_evolve_with_the_replay_clock()
    {
        var schedule = new MatchSchedule(Played);

        var before = await Details(Played.MatchId);
        before.GetProperty("header").GetProperty("status").GetProperty("started").GetBoolean().Should().BeFalse();
        before.GetProperty("content").GetProperty("lineup").GetProperty("lineupType").GetString().Should().Be("standard");

        MoveTo(schedule.Kickoff.AddMinutes(20.5));
        var live = (await Details(Played.MatchId)).GetProperty("header").GetProperty("status");
        live.GetProperty("started").GetBoolean().Should().BeTrue();
        live.GetProperty("finished").GetBoolean().Should().BeFalse();
        live.GetProperty("liveTime").GetProperty("short").GetString().Should().Be("21'");

        MoveTo(schedule.FirstHalfEnd.AddMinutes(5));
        (await Details(Played.MatchId)).GetProperty("header").GetProperty("status").GetProperty("liveTime").GetProperty("short").GetString().Should().Be("HT");

        MoveTo(schedule.FullTime.AddMinutes(1));
        var final = await Details(Played.MatchId);
        var status = final.GetProperty("header").GetProperty("status");
        status.GetProperty("reason").GetProperty("short").GetString().Should().Be("FT");
        var goals = Played.Facts.Goals;
        status.GetProperty("scoreStr").GetString().Should()
            .Be($"{goals.Count(g => g.Side == Proppr.Actors.Matches.Side.Home)} - {goals.Count(g => g.Side == Proppr.Actors.Matches.Side.Away)}");
    }

    [Fact]
    public async Task Every_route_serves_the_same_match_and_unknown_ids_are_404()
    {
        var bare = await _http.GetStringAsync($"api/matchDetails?matchId={Played.MatchId}");
        var data = await _http.GetStringAsync($"api/data/matchDetails?matchId={Played.MatchId}");
        using var next = JsonDocument.Parse(await _http.GetStringAsync($"_next/data/build-1/matches/home-vs-away/{Played.MatchId}.json"));

        data.Should().Be(bare);
        next.RootElement.GetProperty("pageProps").GetProperty("general").GetProperty("matchId").GetString().Should().Be(Played.MatchId.ToString());
        (await _http.GetAsync("api/matchDetails?matchId=1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _http.GetAsync("api/matchDetails")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_day_listing_lists_every_fixture_with_its_status()
    {
        var postponed = _day.Matches.Single(m => m.Postponed);
        MoveTo(new MatchSchedule(Played).Kickoff.AddMinutes(10));

        using var listing = JsonDocument.Parse(await _http.GetStringAsync($"api/matches?date={_day.Date:yyyyMMdd}"));

        var matches = listing.RootElement.GetProperty("leagues").EnumerateArray().SelectMany(l => l.GetProperty("matches").EnumerateArray()).ToList();
        matches.Select(m => m.GetProperty("id").GetInt64()).Should().BeEquivalentTo(_day.Matches.Select(m => m.MatchId));
        var pp = matches.Single(m => m.GetProperty("id").GetInt64() == postponed.MatchId);
        pp.GetProperty("statusId").GetInt32().Should().Be(5);
        pp.GetProperty("status").GetProperty("reason").GetProperty("short").GetString().Should().Be("PP");
        pp.GetProperty("status").GetProperty("cancelled").GetBoolean().Should().BeTrue();
        var live = matches.Single(m => m.GetProperty("id").GetInt64() == Played.MatchId);
        live.GetProperty("status").GetProperty("liveTime").GetProperty("short").GetString().Should().Be("11'");
        live.GetProperty("home").GetProperty("name").GetString().Should().Be(Played.Home.Name);
    }

    [Fact]
    public async Task Faults_answer_429_and_500_on_demand()
    {
        var url = $"api/matchDetails?matchId={Played.MatchId}";
        _server.FotMobFaults.RateLimited = true;
        _server.FotMobFaults.RetryAfter = TimeSpan.FromSeconds(30);
        var limited = await _http.GetAsync(url);
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(30));

        _server.FotMobFaults.RateLimited = false;
        (await _http.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);

        _server.FotMobFaults.RateLimitEvery = 3;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await _http.GetAsync(url)).StatusCode);
        }
        statuses.Count(s => s == HttpStatusCode.TooManyRequests).Should().Be(2);

        _server.FotMobFaults.RateLimitEvery = 0;
        _server.FotMobFaults.Failing = true;
        (await _http.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await _http.GetAsync("v3/events?apiKey=k")).StatusCode.Should().Be(HttpStatusCode.OK, "the odds API has its own switches");
    }

    private void MoveTo(DateTimeOffset matchDayInstant) =>
        _time.Advance(_server.Clock.RealInstant(matchDayInstant) - _time.GetUtcNow());

    private async Task<JsonElement> Details(long matchId)
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync($"api/matchDetails?matchId={matchId}"));
        return document.RootElement.Clone();
    }
}
