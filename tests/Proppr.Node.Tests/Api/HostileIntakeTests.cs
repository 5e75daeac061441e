using System.Text;
using System.Text.Json.Nodes;
using Proppr.Actors.Betting;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Api;

/// <summary>
/// Issue 15's attacks on <c>POST /api/bets</c>, one test per defect: each answer is per bet, a bad bet never costs a good
/// one, and nothing out of <see cref="BetLimits"/> is journaled.
/// </summary>
public sealed class HostileIntakeTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private const long OtherFixture = 4813415;

    private readonly HttpClient _http = fixture.Node.Client(NodeUnderTest.Token);

    [Fact]
    public async Task Defect_1_the_same_bet_id_on_a_second_fixture_is_rejected_before_the_read_model_has_the_first()
    {
        var first = MatchBets.OverGoals("hostile-twice");
        var second = MatchBets.OverGoals("hostile-twice");
        second["fixture_id"] = OtherFixture;

        var accepted = await _http.PostAsync("api/bets", first.ToJsonString());
        var refused = await _http.PostAsync("api/bets", second.ToJsonString());
        var again = await _http.PostAsync("api/bets", first.ToJsonString());

        ApiJson.Answers(accepted.Body).Should().Equal(("hostile-twice", "accepted", null));
        ApiJson.Answers(refused.Body).Should().Equal(("hostile-twice", "rejected", "duplicate_bet_id"));
        ApiJson.Answers(again.Body).Should().Equal(("hostile-twice", "duplicate", null));
        await Eventually.HoldsAsync(async () =>
            ((long)(await _http.GetOkAsync("api/bets/hostile-twice"))["fixture_id"]!).Should().Be(MatchBets.FixtureId));
        (await JournalReader.TrackedBetIdsAsync(fixture.Node.System)).Count(id => id == "hostile-twice").Should().Be(1);
    }

    [Theory]
    [InlineData("bet_id")]
    [InlineData("client")]
    [InlineData("source")]
    [InlineData("market")]
    [InlineData("player_name")]
    [InlineData("placed_at")]
    public async Task Defect_2_a_lone_surrogate_in_a_field_rejects_that_bet_and_the_others_go_through(string field)
    {
        var good = MatchBets.OverGoals($"hostile-good-{field}");
        var bad = MatchBets.OverGoals($"hostile-surrogate-{field}").ToJsonString();
        bad = bad.TrimEnd('}') + $",\"{field}\":\"x\\ud800y\"}}";
        if (field == "bet_id")
        {
            bad = bad.Replace($"\"bet_id\":\"hostile-surrogate-{field}\",", "");
        }

        var (status, body) = await _http.PostAsync("api/bets", $"[{bad},{good.ToJsonString()}]");

        status.Should().Be(200);
        var answers = ApiJson.Answers(body);
        answers[0].Status.Should().Be("rejected");
        answers[0].Reason.Should().Be(field is "market" ? "unknown_market" : field is "placed_at" ? "invalid_timestamp" : "invalid_text");
        answers[1].Should().Be(($"hostile-good-{field}", "accepted", null));
    }

    [Theory]
    [InlineData("stake", "1e27", "invalid_stake")]
    [InlineData("stake", "10000000.01", "invalid_stake")]
    [InlineData("odds", "1e20", "invalid_odds")]
    [InlineData("odds", "10000.5", "invalid_odds")]
    public Task Defect_3_stakes_and_odds_that_could_overflow_a_report_are_rejected(string field, string value, string reason) =>
        AssertRejectedAsync($"hostile-money-{field}-{value}", field, value, reason);

    [Fact]
    public async Task Defect_3_reports_answer_after_the_largest_bets_the_limits_allow_have_settled()
    {
        var bets = Enumerable.Range(0, 3).Select(i =>
        {
            var bet = MatchBets.OverGoals($"hostile-max-{i}");
            bet["stake"] = BetLimits.MaxStake;
            bet["odds"] = BetLimits.MaxOdds;
            bet["client"] = "whale";
            bet["placed_at"] = "2025-01-05T16:00:00Z";
            return bet;
        }).ToArray();
        ApiJson.Answers((await _http.PostAsync("api/bets", MatchBets.Lines(bets))).Body).Should().OnlyContain(a => a.Status == "accepted");

        await Eventually.HoldsAsync(async () => ((string)(await _http.GetOkAsync("api/bets/hostile-max-2"))["status"]!).Should().Be("won"));

        (await _http.GetJsonAsync("api/reports/pnl?from=2025-01-01&to=2025-01-31")).Status.Should().Be(200);
        (await _http.GetJsonAsync("api/reports/screening?day=2025-01-05")).Status.Should().Be(200);
    }

    [Fact]
    public async Task Defect_5_oversized_fields_are_rejected_per_bet_and_oversized_requests_are_refused_whole()
    {
        var longId = MatchBets.OverGoals(new string('x', 1_000_000));
        var longClient = MatchBets.OverGoals("hostile-long-client");
        longClient["client"] = new string('c', BetLimits.MaxTextLength + 1);
        var good = MatchBets.OverGoals("hostile-size-good");

        var (status, body) = await _http.PostAsync("api/bets", MatchBets.Lines(longId, longClient, good));
        var tooMany = await _http.PostAsync("api/bets", string.Concat(Enumerable.Repeat("{}\n", BetLimits.MaxBetsPerRequest + 1)));
        using var huge = await _http.PostAsync("api/bets", new StringContent(new string(' ', (int)BetLimits.MaxBodyBytes + 1) + "{}", Encoding.UTF8));

        status.Should().Be(200);
        ApiJson.Answers(body).Should().Equal(
            (null, "rejected", "invalid_bet_id"), ("hostile-long-client", "rejected", "text_too_long"), ("hostile-size-good", "accepted", null));
        tooMany.Status.Should().Be(413);
        ((int)huge.StatusCode).Should().Be(413);
    }

    [Theory]
    [InlineData("fixture_id", "0", "invalid_fixture_id")]
    [InlineData("fixture_id", "-1", "invalid_fixture_id")]
    [InlineData("fixture_id", "9223372036854775807", "invalid_fixture_id")]
    [InlineData("player_id", "-5", "invalid_player_id")]
    [InlineData("line", "79000000000000000000000000000", "invalid_line")]
    [InlineData("line", "10000.5", "invalid_line")]
    [InlineData("placed_at", "\"0001-01-01T00:00:00Z\"", "invalid_timestamp")]
    [InlineData("placed_at", "\"9999-12-31T00:00:00Z\"", "invalid_timestamp")]
    [InlineData("kickoff", "\"1900-01-01T00:00:00Z\"", "invalid_timestamp")]
    [InlineData("odds_fixture_id", "\"ev/1\"", "invalid_id")]
    public Task Defect_6_values_out_of_range_are_rejected(string field, string value, string reason) =>
        AssertRejectedAsync($"hostile-range-{field}-{Math.Abs(value.GetHashCode())}", field, value, reason);

    /// <summary>A valid bet with one field set to <paramref name="value"/> (JSON) is rejected with <paramref name="reason"/>.</summary>
    private async Task AssertRejectedAsync(string betId, string field, string value, string reason)
    {
        var bet = MatchBets.OverGoals(betId);
        bet[field] = JsonNode.Parse(value);

        var (_, body) = await _http.PostAsync("api/bets", bet.ToJsonString());

        ApiJson.Answers(body).Should().Equal((betId, "rejected", reason));
    }

    [Fact]
    public async Task Defect_6_an_asian_handicap_line_beyond_the_limit_is_rejected()
    {
        var bet = MatchBets.Bet("hostile-ah", "asian_handicap", "home", null, 1.9m, 10m);
        bet["line"] = JsonNode.Parse("-79000000000000000000000000000");

        var (_, body) = await _http.PostAsync("api/bets", bet.ToJsonString());

        ApiJson.Answers(body).Should().Equal(("hostile-ah", "rejected", "invalid_line"));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\u0000b")]
    [InlineData("a b")]
    [InlineData("..")]
    [InlineData("a?b")]
    public async Task Defect_6_a_bet_id_that_could_not_be_fetched_back_by_url_is_rejected(string id)
    {
        var body = MatchBets.OverGoals("placeholder").ToJsonString().Replace("placeholder", id);

        var (_, answer) = await _http.PostAsync("api/bets", body);

        ApiJson.Answers(answer).Should().Equal((null, "rejected", "invalid_bet_id"));
    }
}
