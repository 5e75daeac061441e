using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Api;

/// <summary>
/// The stats pipeline behind the node's API: a bet on Liverpool 2-2 Manchester United (4506508, corners 6-9) makes its
/// fixture fetch the real payload; the finished match lands in both teams' averages; a rematch announced before
/// kickoff is projected from them. Expected corners: Liverpool (6 for + United's 6 against) / 2 = 6, United
/// (9 + Liverpool's 9 against) / 2 = 9, total 15, each with its half line above.
/// </summary>
public sealed class StatsEndpointTests : StartedNodeTests
{
    private const long Liverpool = 8650;
    private const long ManUtd = 10260;
    private const long Rematch = 4600001;

    private static JsonNode FullTime(JsonNode averages, string stat) =>
        averages.AsArray().Single(a => (string)a!["period"]! == "full_time" && (string)a["stat"]! == stat)!["averages"]!;

    [Fact]
    public async Task A_finished_match_fills_both_teams_averages_and_an_upcoming_rematch_is_projected_from_them()
    {
        (await Http.PostAsync("api/bets", MatchBets.Lines(MatchBets.OverGoals("stats-over"))))
            .Body["accepted"]!.GetValue<int>().Should().Be(1);

        await Eventually.HoldsAsync(async () =>
        {
            var (status, united) = await Http.GetJsonAsync($"api/teams/{ManUtd}/stats");
            status.Should().Be(200);
            ((int)united["matches"]!).Should().Be(1);
            FullTime(united["averages"]!, "corners")["last5"]!.Should().Match<JsonNode>(w =>
                (int)w["matches"]! == 1 && (decimal)w["for"]! == 9m && (decimal)w["against"]! == 6m);
            united["form"]!.AsArray().Select(r => (string)r!).Should().Equal("D");
            united["last5"]!.AsArray().Single()!.Should().Match<JsonNode>(m =>
                (string)m["opponent"]! == "Liverpool" && (string)m["score"]! == "2-2" && !(bool)m["home"]!);
        });
        await Eventually.HoldsAsync(async () =>
        {
            var liverpool = await Http.GetOkAsync($"api/teams/{Liverpool}/stats");
            ((string)liverpool["team_name"]!).Should().Be("Liverpool");
            FullTime(liverpool["averages"]!, "goals")["season"]!.Should().Match<JsonNode>(w => (decimal)w["for"]! == 2m && (decimal)w["against"]! == 2m);
        });

        var rematch = new RealMatch(MatchBets.FixtureId).BeforeKickoff with { FixtureId = Rematch, Kickoff = DateTimeOffset.UtcNow.AddDays(3) };
        Node.System.EventStream.Publish(new MatchDetailsPublished(rematch));

        await Eventually.HoldsAsync(async () =>
        {
            var (status, projections) = await Http.GetJsonAsync($"api/fixtures/{Rematch}/projections");
            status.Should().Be(200);
            ((string)projections["home"]!).Should().Be("Liverpool");
            var corners = projections["lines"]!.AsArray().Single(l => (string)l!["period"]! == "full_time" && (string)l["stat"]! == "corners")!;
            ((decimal)corners["expected"]!, (decimal)corners["line"]!, (decimal)corners["home_expected"]!, (decimal)corners["away_expected"]!, (int)corners["matches"]!)
                .Should().Be((15m, 15.5m, 6m, 9m, 1));
            projections["players"]!.AsArray().Should().NotBeEmpty("the announced lineup's players have one match each");
        });
    }

    [Fact]
    public async Task The_league_crawl_reports_its_next_daily_run()
    {
        var crawl = await Http.GetOkAsync("api/manage/crawl");

        ((int)crawl["listings_read"]!).Should().Be(0);
        crawl["next_crawl"]!.GetValue<DateTimeOffset>().TimeOfDay.Should().Be(TimeSpan.FromHours(6), "appsettings.json: 06:00 UTC");
    }

    [Fact]
    public async Task Unknown_or_malformed_ids_are_answered_clearly()
    {
        (await Http.GetJsonAsync("api/teams/424242/stats")).Status.Should().Be(404);
        (await Http.GetJsonAsync("api/players/424242/stats")).Status.Should().Be(404);
        var (status, body) = await Http.GetJsonAsync("api/fixtures/424242/projections");
        status.Should().Be(404);
        ((string)body["error"]!).Should().Contain("424242");
        (await Http.GetJsonAsync("api/teams/-3/stats")).Status.Should().Be(400);
        (await Http.GetJsonAsync("api/fixtures/abc/projections")).Status.Should().Be(400);
    }

    [Fact]
    public async Task The_ledger_reports_that_it_is_off_when_not_configured()
    {
        var (status, body) = await Http.GetJsonAsync("api/manage/ledger");

        status.Should().Be(404);
        ((string)body["error"]!).Should().Contain("Ledger:SpreadsheetId");
        var resync = await Http.PostAsync("api/manage/ledger/resync", "{}");
        resync.Status.Should().Be(404, "there is no ledger to resync");
        ((string)resync.Body["error"]!).Should().Contain("Ledger:SpreadsheetId");
    }
}
