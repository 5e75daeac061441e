using System.Text.Json;
using Proppr.Replay.Generation;
using Proppr.Replay.Server;
using Proppr.Replay.Timeline;
using Proppr.TestSupport;

namespace Proppr.Replay.Tests.Server;

/// <summary>
/// The providers' delays: a goal reaches the odds feed its delay after it happens and FotMob its (longer) delay after,
/// and every match-details request is logged with the instant it came in.
/// </summary>
public sealed class ProviderDelaysTests : IAsyncLifetime
{
    private static readonly ProviderDelays Delays = new(FotMob: TimeSpan.FromSeconds(10), Odds: TimeSpan.FromSeconds(5));
    private readonly ManualTime _time = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly MatchDay _day = MatchDayGenerator.Generate(new MatchDayOptions
    {
        Seed = 11, Fixtures = 3, FirstKickoff = new TimeOnly(15, 0), LastKickoff = new TimeOnly(15, 0),
    });
    private readonly HttpClient _http = new();
    private ReplayServer _server = null!;

    private SyntheticMatch Played => _day.Matches.First(m => !m.Postponed && m.Facts.Goals.Length > 0);

    public async Task InitializeAsync()
    {
        var clock = new ReplayClock(_time, Played.Kickoff.AddMinutes(-30), speed: 60);
        _server = await ReplayServer.StartAsync(_day, clock, new ReplayServerOptions { Delays = Delays });
        _http.BaseAddress = _server.BaseUrl;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_goal_reaches_the_odds_feed_after_its_delay_and_FotMob_after_its_own()
    {
        var goal = Played.Facts.Goals[0];
        var happened = new MatchSchedule(Played).HappenedAt(goal.Time);

        MoveTo(happened.AddSeconds(-1));
        var before = await OddsGoals();
        (await FotMobGoals()).Should().Be(before);

        MoveTo(happened + Delays.Odds + TimeSpan.FromSeconds(1));
        (await OddsGoals()).Should().Be(before + 1);
        (await FotMobGoals()).Should().Be(before, "FotMob is further behind than the books");

        MoveTo(happened + Delays.FotMob + TimeSpan.FromSeconds(1));
        (await FotMobGoals()).Should().Be(before + 1);
    }

    [Fact]
    public void The_instant_a_fact_happens_is_the_first_the_clock_shows_its_minute()
    {
        var schedule = new MatchSchedule(Played);
        foreach (var time in Played.Facts.Goals.Select(g => g.Time).Concat(Played.Facts.Cards.Select(c => c.Time)))
        {
            var happened = schedule.HappenedAt(time);
            schedule.At(happened).Cutoff.Should().Be(time);
            schedule.At(happened.AddSeconds(-1)).Cutoff.Should().NotBe(time);
        }
    }

    [Fact]
    public async Task Every_match_details_request_is_logged_with_its_instant()
    {
        MoveTo(Played.Kickoff.AddMinutes(3));
        await FotMobGoals();
        MoveTo(Played.Kickoff.AddMinutes(7));
        await FotMobGoals();
        await _http.GetAsync("api/matchDetails?matchId=1");

        _server.FotMobCalls.Of(Played.MatchId).Should().Equal(Played.Kickoff.AddMinutes(3), Played.Kickoff.AddMinutes(7));
    }

    private async Task<int> FotMobGoals()
    {
        using var details = JsonDocument.Parse(await _http.GetStringAsync($"api/matchDetails?matchId={Played.MatchId}"));
        var score = details.RootElement.GetProperty("header").GetProperty("status").GetProperty("scoreStr").GetString();
        return score is null ? 0 : score.Split(" - ").Sum(int.Parse);
    }

    private async Task<int> OddsGoals()
    {
        using var odds = JsonDocument.Parse(await _http.GetStringAsync($"v3/odds?eventId={Played.OddsEventId}&apiKey=test"));
        return odds.RootElement.TryGetProperty("scores", out var scores) ? scores.GetProperty("home").GetInt32() + scores.GetProperty("away").GetInt32() : 0;
    }

    private void MoveTo(DateTimeOffset matchDayInstant) =>
        _time.Advance(_server.Clock.RealInstant(matchDayInstant) - _time.GetUtcNow());
}
