using System.Text.Json.Nodes;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Api;

/// <summary><c>POST /api/bets</c> on a running node: every bet gets an answer, bad input never costs a good bet.</summary>
public sealed class BetIntakeTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private readonly HttpClient _http = fixture.Node.Client(NodeUnderTest.Token);

    [Fact]
    public async Task A_bet_is_accepted_once_then_acknowledged_as_a_duplicate_and_a_changed_bet_under_its_id_is_rejected()
    {
        var bet = MatchBets.OverGoals("intake-once");

        var first = await _http.PostAsync("api/bets", bet.ToJsonString());
        var again = await _http.PostAsync("api/bets", bet.ToJsonString());
        var changed = await _http.PostAsync("api/bets", MatchBets.Bet("intake-once", "goals", "over", 2.5m, 1.9m, 20m).ToJsonString());

        first.Status.Should().Be(200);
        ApiJson.Answers(first.Body).Should().Equal(("intake-once", "accepted", null));
        first.Body["results"]![0]!["fixture_id"]!.GetValue<long>().Should().Be(MatchBets.FixtureId);
        ApiJson.Answers(again.Body).Should().Equal(("intake-once", "duplicate", null));
        ApiJson.Answers(changed.Body).Should().Equal(("intake-once", "rejected", "duplicate_bet_id"));
    }

    [Fact]
    public async Task A_bet_id_already_tracked_on_one_fixture_is_rejected_on_another()
    {
        var bet = MatchBets.OverGoals("intake-reused");
        (await _http.PostAsync("api/bets", bet.ToJsonString())).Status.Should().Be(200);
        await Eventually.HoldsAsync(async () => (await _http.GetJsonAsync("api/bets/intake-reused")).Status.Should().Be(200));
        var elsewhere = MatchBets.OverGoals("intake-reused");
        elsewhere["fixture_id"] = 4813415;

        var (status, answer) = await _http.PostAsync("api/bets", MatchBets.Lines(elsewhere, bet));

        status.Should().Be(200);
        ApiJson.Answers(answer).Should().Equal(("intake-reused", "rejected", "duplicate_bet_id"), ("intake-reused", "duplicate", null));
        ((string)answer["results"]![0]!["detail"]!).Should().Be($"bet_id is already tracked on fixture {MatchBets.FixtureId}");
        ((long)(await _http.GetOkAsync("api/bets/intake-reused"))["fixture_id"]!).Should().Be(MatchBets.FixtureId);
    }

    [Fact]
    public async Task Json_lines_are_answered_line_by_line_in_order_and_bad_lines_do_not_stop_good_ones()
    {
        var oddsOnly = new JsonObject
        {
            ["bet_id"] = "intake-odds-only", ["odds_fixture_id"] = "ev-1", ["home_team"] = "Liverpool", ["away_team"] = "Man Utd",
            ["kickoff"] = "2025-01-05T16:30:00Z", ["scope"] = "match", ["market"] = "goals", ["selection"] = "over", ["line"] = 2.5,
            ["odds"] = 1.9, ["stake"] = 10,
        };
        var noFixture = MatchBets.OverGoals("intake-no-fixture");
        noFixture.Remove("fixture_id");
        var body = string.Join('\n',
            MatchBets.OverGoals("intake-lines-1").ToJsonString(),
            MatchBets.Bet("intake-lines-2", "goals", "over", 2.5m, 1.0m, 10m).ToJsonString(),
            MatchBets.Bet("intake-lines-3", "possession", "over", 50m, 1.9m, 10m).ToJsonString(),
            "{\"bet_id\": \"intake-lines-4\", ",
            "",
            noFixture.ToJsonString(),
            oddsOnly.ToJsonString(),
            MatchBets.OverGoals("intake-lines-1").ToJsonString(),
            MatchBets.UnderGoals("intake-lines-5").ToJsonString());

        var (status, answer) = await _http.PostAsync("api/bets", body);

        status.Should().Be(200);
        ApiJson.Answers(answer).Should().Equal(
            ("intake-lines-1", "accepted", null),
            ("intake-lines-2", "rejected", "invalid_odds"),
            ("intake-lines-3", "rejected", "unknown_market"),
            (null, "rejected", "invalid_json"),
            ("intake-no-fixture", "rejected", "missing_fixture"),
            ("intake-odds-only", "pending_resolution", null),
            ("intake-lines-1", "duplicate", null),
            ("intake-lines-5", "accepted", null));
        answer["results"]!.AsArray().Select(r => (int)r!["index"]!).Should().Equal(0, 1, 2, 3, 4, 5, 6, 7);
        ((int)answer["accepted"]!, (int)answer["duplicate"]!, (int)answer["pending_resolution"]!, (int)answer["rejected"]!).Should().Be((2, 1, 1, 4));
    }

    [Fact]
    public async Task An_array_of_bets_is_read_like_lines()
    {
        var body = new JsonArray(MatchBets.OverGoals("intake-array-1"), MatchBets.BothScore("intake-array-2"), 42).ToJsonString();

        var (_, answer) = await _http.PostAsync("api/bets", body);

        ApiJson.Answers(answer).Should().Equal(
            ("intake-array-1", "accepted", null),
            ("intake-array-2", "accepted", null),
            (null, "rejected", "invalid_json"));
    }

    [Theory]
    [InlineData("", "the body is empty")]
    [InlineData("  \n ", "the body is empty")]
    [InlineData("[]", "the array holds no bets")]
    [InlineData("[{\"bet_id\": 1", "not valid JSON")]
    public async Task A_body_without_bets_is_a_400_that_says_why(string body, string reason)
    {
        var (status, answer) = await _http.PostAsync("api/bets", body);

        status.Should().Be(400);
        ((string)answer["error"]!).Should().Contain(reason);
    }
}
