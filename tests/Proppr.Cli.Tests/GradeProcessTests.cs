using Proppr.TestSupport;

namespace Proppr.Cli.Tests;

/// <summary>
/// <c>proppr grade</c> as a user runs it: the built CLI in its own process on the real FotMob payload of Liverpool 2-2
/// Man Utd, checked line by line against <c>spec/bets.md</c> (one settlement per non-blank bet line, in order; a
/// rejection with its reason for a bad line; exit 0 when the match file could be read, 2 when it could not).
/// </summary>
public sealed class GradeProcessTests : IDisposable
{
    private static readonly string[] ExampleLines = File.ReadAllLines(ExampleBets.Path);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Grades_the_shipped_example_one_settlement_per_line_in_order()
    {
        var run = await PropprProcess.RunAsync(ExampleBets.Arguments(ExampleBets.Path));

        run.ExitCode.Should().Be(0, run.Errors);
        run.OutputLines.Select(SettlementLine.Parse).Should().Equal(ExampleBets.AtFullTime);
        run.Errors.Should().Contain("line 12 (ex-12) rejected, invalid_odds")
            .And.Contain("line 13 rejected, invalid_json: not valid JSON");
    }

    [Fact]
    public async Task A_mixed_file_gets_one_settlement_per_non_blank_line_whatever_is_wrong_with_it()
    {
        string[] lines =
        [
            // 1: with a byte-order mark, as some editors save.
            "\uFEFF" + ExampleLines[0],
            "",
            ExampleLines[2],
            "   \t",
            // 5: cut short.
            """{"bet_id":"m-1","fixture_id":4506508,"scope":"match","market":"goals","selection":"over","line":2.5,"odds":1.8""",
            "[1, 2]",
            """{"fixture_id":4506508,"scope":"match","market":"goals","selection":"over","line":2.5,"odds":1.8,"stake":10}""",
            """{"bet_id":"m-2","fixture_id":4506508,"scope":"match","market":"throw_ins","selection":"over","line":20.5,"odds":1.8,"stake":10}""",
            """{"bet_id":"m-3","fixture_id":4506508,"scope":"match","market":"goals","selection":"over","line":2.5,"stake":10}""",
            // 10
            """{"bet_id":"m-4","fixture_id":4506508,"scope":"match","market":"goals","selection":"over","line":2.3,"odds":1.8,"stake":10}""",
            """{"bet_id":"m-5","fixture_id":1234,"scope":"match","market":"goals","selection":"over","line":2.5,"odds":1.8,"stake":10}""",
            // 12: 1e28 at 8.0 would return more than a decimal holds.
            """{"bet_id":"m-6","fixture_id":4506508,"scope":"match","market":"goals","selection":"over","line":2.5,"odds":8,"stake":1e28}""",
            // 13: ex-1 again, the same bet: its settlement again.
            ExampleLines[0],
            // 14: ex-1's id on another bet.
            ExampleLines[0].Replace("\"line\":3.5", "\"line\":4.5"),
            // 15: numbers as strings; under 4.25 at 4 goals: half on 4.0 pushed, half on 4.5 won, 10 × (2 + 1) / 2.
            """{"bet_id":"m-7","fixture_id":"4506508","scope":"match","market":"goals","selection":"under","line":"4.25","odds":"2","stake":"10"}""",
            // 16: struck in play at 0-1 (17:45 UTC); the 2-1 that followed wins home −0.5: 10 × 1.9.
            """{"bet_id":"m-8","fixture_id":4506508,"scope":"match","market":"asian_handicap","selection":"home","line":-0.5,"odds":1.9,"stake":10,"placed_at":"2025-01-05T17:45:00Z"}""",
            "",
        ];
        var bets = _folder.Write("mixed.jsonl", string.Join("\r\n", lines));

        var run = await PropprProcess.RunAsync(ExampleBets.Arguments(bets));

        run.ExitCode.Should().Be(0, run.Errors);
        run.OutputLines.Select(SettlementLine.Parse).Should().Equal(
            ExampleBets.AtFullTime[0],
            ExampleBets.AtFullTime[2],
            SettlementLine.Rejected(null, "invalid_json"),
            SettlementLine.Rejected(null, "invalid_json"),
            SettlementLine.Rejected(null, "missing_bet_id"),
            SettlementLine.Rejected("m-2", "unknown_market"),
            SettlementLine.Rejected("m-3", "invalid_odds"),
            SettlementLine.Rejected("m-4", "invalid_line"),
            SettlementLine.Rejected("m-5", "fixture_mismatch"),
            SettlementLine.Rejected("m-6", "invalid_stake"),
            ExampleBets.AtFullTime[0],
            SettlementLine.Rejected("ex-1", "duplicate_bet_id"),
            new SettlementLine("m-7", "half_won", 4m, 15m, 5m, "quarter_line"),
            new SettlementLine("m-8", "won", 1m, 19m, 9m, null));
        run.Errors.Should().Contain("line 5 rejected, invalid_json")
            .And.Contain("line 8 (m-2) rejected, unknown_market: market 'throw_ins' is not one of")
            .And.Contain("line 14 (ex-1) rejected, duplicate_bet_id: bet_id ex-1 was already used on line 1 for a different bet");
    }

    [Fact]
    public async Task Reads_the_bets_from_standard_input_given_a_dash()
    {
        var run = await PropprProcess.RunAsync(ExampleBets.Arguments("-"), standardInput: File.ReadAllText(ExampleBets.Path));

        run.ExitCode.Should().Be(0, run.Errors);
        run.OutputLines.Select(SettlementLine.Parse).Should().Equal(ExampleBets.AtFullTime);
    }

    [Fact]
    public async Task A_live_payload_decides_only_what_is_already_certain()
    {
        // Minute 60: 1-1 (Martinez 52', Gakpo 59'), the first half over, Núñez just on, Salah's penalty still to come.
        var live = _folder.Write("live.json", LivePayloads.TruncateAt(ReferenceData.ReadFotMob(ExampleBets.MatchId), 60));

        var run = await PropprProcess.RunAsync(ExampleBets.Arguments(ExampleBets.Path, live));

        run.ExitCode.Should().Be(0, run.Errors);
        var decided = ExampleBets.AtFullTime.ToDictionary(line => line.BetId ?? "");
        run.OutputLines.Select(SettlementLine.Parse).Should().Equal(
            Pending("ex-1"), Pending("ex-2"), Pending("ex-3"), Pending("ex-4"), Pending("ex-5"), Pending("ex-6"), Pending("ex-7"),
            // Martinez's goal was the first; Casemiro did not start; both teams have scored; the first half is over.
            decided["ex-8"], decided["ex-9"], Pending("ex-10"), decided["ex-11"], decided["ex-12"], decided[""], decided["ex-14"]);
    }

    [Fact]
    public async Task The_void_rule_option_sets_the_rule_for_props_that_name_none()
    {
        var run = await PropprProcess.RunAsync([.. ExampleBets.Arguments(ExampleBets.Path), "--void-rule", "appearance"]);

        run.ExitCode.Should().Be(0, run.Errors);
        run.OutputLines.Select(SettlementLine.Parse).Should().Equal(ExampleBets.AtFullTime.Select(line =>
            line.BetId == "ex-9" ? line with { Reason = "did_not_play" } : line));
    }

    [Fact]
    public async Task An_unknown_void_rule_is_refused_with_exit_1()
    {
        var run = await PropprProcess.RunAsync([.. ExampleBets.Arguments(ExampleBets.Path), "--void-rule", "sometimes"]);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Errors.Should().Contain("--void-rule must be one of starter, appearance");
    }

    [Fact]
    public async Task A_missing_match_file_is_a_clear_error_and_exit_2()
    {
        var missing = _folder.PathOf("4506508.json");

        var run = await PropprProcess.RunAsync(ExampleBets.Arguments(ExampleBets.Path, missing));

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Errors.Should().StartWith($"cannot read the match file {missing}: Could not find file");
    }

    [Fact]
    public async Task No_match_file_at_all_is_a_clear_error_and_exit_2()
    {
        var run = await PropprProcess.RunAsync(["grade", "--bets", ExampleBets.Path]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Errors.Should().StartWith("--match is required");
    }

    [Theory]
    [InlineData("", "the payload is not valid JSON")]
    [InlineData("<html>rate limited</html>", "the payload is not valid JSON")]
    [InlineData("[]", "the payload is a JSON array, not an object")]
    [InlineData("""{"pageProps":{"content":{}}}""", "header missing")]
    public async Task A_payload_that_is_not_match_details_is_a_clear_error_and_exit_2(string payload, string problem)
    {
        var match = _folder.Write("match.json", payload);

        var run = await PropprProcess.RunAsync(ExampleBets.Arguments(ExampleBets.Path, match));

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Errors.Should().StartWith($"the match file {match} is not a FotMob match-details payload: {problem}");
    }

    [Fact]
    public async Task A_bets_file_that_cannot_be_read_is_a_clear_error_and_exit_1()
    {
        var missing = _folder.PathOf("bets.jsonl");

        var run = await PropprProcess.RunAsync(ExampleBets.Arguments(missing));
        var folder = await PropprProcess.RunAsync(ExampleBets.Arguments(Path.GetDirectoryName(missing)!));

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Errors.Should().StartWith($"cannot read the bets file {missing}: Could not find file");
        folder.ExitCode.Should().Be(1);
        folder.Errors.Should().StartWith($"cannot read the bets file {Path.GetDirectoryName(missing)}");
    }

    [Fact]
    public async Task Issue_15_a_lone_surrogate_in_any_field_rejects_its_line_and_every_later_line_is_still_graded()
    {
        var first = File.ReadLines(ExampleBets.Path).First();
        var bets = _folder.Write("bets.jsonl", string.Join('\n',
            first.Replace("\"bet_id\":\"", "\"bet_id\":\"\\ud800"),
            first.TrimEnd('}') + ",\"client\":\"\\udc00\"}",
            first.TrimEnd('}') + ",\"\\ud800\":1}",
            first));

        var run = await PropprProcess.RunAsync(ExampleBets.Arguments(bets));

        run.ExitCode.Should().Be(0);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4);
        lines[0].Should().Contain("\"status\":\"rejected\"").And.Contain("invalid_text");
        lines[1].Should().Contain("\"status\":\"rejected\"").And.Contain("invalid_text");
        lines[2].Should().NotContain("rejected");
        lines[3].Should().NotContain("rejected");
    }

    [Fact]
    public async Task Issue_15_a_match_file_holding_a_lone_surrogate_is_a_clear_error_and_exit_2()
    {
        var payload = File.ReadAllText(ExampleBets.MatchPath);
        var at = payload.IndexOf("\"matchName\":\"", StringComparison.Ordinal) + "\"matchName\":\"".Length;
        var match = _folder.Write("match.json", payload.Insert(at, "\\ud800"));

        var run = await PropprProcess.RunAsync(ExampleBets.Arguments(ExampleBets.Path, match));

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Errors.Should().StartWith($"the match file {match} is not a FotMob match-details payload: the payload holds text that is not valid Unicode");
    }

    private static SettlementLine Pending(string betId) => new(betId, "pending", null, 0m, 0m, null);
}
