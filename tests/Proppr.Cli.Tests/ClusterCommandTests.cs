using System.Text.Json.Nodes;
using Proppr.Node.Tests;
using Proppr.TestSupport;

namespace Proppr.Cli.Tests;

/// <summary><c>proppr cluster …</c> and <c>proppr import</c> as processes against a running node.</summary>
public sealed class ClusterCommandTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private const long FixtureId = 4506508;

    private Task<CliProcess.Run> Proppr(params string[] args) =>
        CliProcess.RunAsync([.. args, "--url", fixture.Url, "--token", NodeUnderTest.Token]);

    [Fact]
    public async Task Show_lists_the_members_as_a_table_and_as_json()
    {
        var table = await Proppr("cluster", "show");
        var json = await Proppr("cluster", "show", "--json");

        table.ExitCode.Should().Be(0, table.Error);
        var lines = table.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().MatchRegex("^ADDRESS +STATUS +ROLES +REACHABLE +LEADER$");
        lines[1].Should().MatchRegex(@"^akka\.tcp://proppr@127\.0\.0\.1:\d+ +up +proppr +yes +\*$");
        json.ExitCode.Should().Be(0, json.Error);
        var member = JsonNode.Parse(json.Output)!["members"]![0]!;
        ((string)member["status"]!).Should().Be("up");
    }

    [Fact]
    public async Task Import_sends_a_file_and_reports_each_line_not_taken_then_bet_fixture_and_shards_show_the_result()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("proppr-cli-").FullName, "bets.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"bet_id":"cli-over","fixture_id":4506508,"scope":"match","market":"goals","selection":"over","line":2.5,"odds":1.9,"stake":10}""",
            "",
            """{"bet_id":"cli-bad-odds","fixture_id":4506508,"scope":"match","market":"goals","selection":"over","line":2.5,"odds":0.5,"stake":10}""",
            """{"bet_id":"cli-btts","fixture_id":4506508,"scope":"match","market":"btts","selection":"yes","odds":1.8,"stake":5}""",
            """{"bet_id":"cli-over","fixture_id":4506508,"scope":"match","market":"goals","selection":"over","line":2.5,"odds":1.9,"stake":10}""",
        ]);

        var import = await Proppr("import", file, "--batch-size", "2");

        import.ExitCode.Should().Be(0, import.Error);
        var lines = import.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("2 accepted, 1 duplicate, 0 pending resolution, 1 rejected, 0 unavailable");
        lines[1].Should().MatchRegex("^LINE +BET +STATUS +REASON +DETAIL$");
        lines[2].Should().MatchRegex("^3 +cli-bad-odds +rejected +invalid_odds +-$");

        await Eventually.HoldsAsync(async () =>
            (await Proppr("cluster", "bet", "cli-over")).Output.Should().MatchRegex(@"status won, returns 19(\.0+)?, profit/loss 9(\.0+)?\n"));
        var bet = await Proppr("cluster", "bet", "cli-over");
        bet.Output.Should().StartWith("bet cli-over on fixture 4506508: match goals over 2.5 @ 1.9, stake 10\n");

        var today = DateTime.UtcNow.Date;
        await Eventually.HoldsAsync(async () =>
            (await Proppr("report", "pnl", "--from", $"{today.AddDays(-1):yyyy-MM-dd}", "--to", $"{today.AddDays(2):yyyy-MM-dd}")).Output
                .Should().MatchRegex(@"\nTOTAL +2 +2 +0 +0 +15(\.0+)? +28(\.0+)? +13(\.0+)? +0\.8667 +1(\.0+)? +-\n"));

        var fixtureView = await Proppr("cluster", "fixture", FixtureId.ToString());
        fixtureView.ExitCode.Should().Be(0, fixtureView.Error);
        fixtureView.Output.Should().StartWith("fixture 4506508: Liverpool 2-2 Manchester United, finished");
        fixtureView.Output.Should().MatchRegex(@"cli-btts +btts +yes +- +1\.8 +5 +won +9(\.0+)?\n");

        var shards = await Proppr("cluster", "shards");
        shards.Output.Split('\n')[1].Should().MatchRegex(@"^akka\.tcp://proppr@127\.0\.0\.1:\d+ +1 +[01]$", "the finished fixture may have passivated");
        var limiter = await Proppr("cluster", "limiter");
        limiter.Output.Should().MatchRegex(@"fotmob +\d+ +60 +00:02:00 +no");
    }

    [Fact]
    public async Task Url_and_token_come_from_the_environment_when_not_given()
    {
        var run = await CliProcess.RunAsync(
            new Dictionary<string, string> { ["PROPPR_URL"] = fixture.Url, ["PROPPR_TOKEN"] = NodeUnderTest.Token }, "cluster", "limiter", "--json");

        run.ExitCode.Should().Be(0, run.Error);
        JsonNode.Parse(run.Output)!["apis"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_wrong_or_missing_token_an_unreachable_node_and_an_unknown_member_fail_with_a_sentence()
    {
        var wrong = await CliProcess.RunAsync("cluster", "show", "--url", fixture.Url, "--token", "nope");
        var missing = await CliProcess.RunAsync("cluster", "show", "--url", fixture.Url);
        var unreachable = await CliProcess.RunAsync("cluster", "show", "--url", $"http://127.0.0.1:{FreePort.Next()}", "--token", "x");
        var stranger = await Proppr("cluster", "down", "akka.tcp://proppr@127.0.0.1:1");
        var unknownBet = await Proppr("cluster", "bet", "never-tracked");

        (wrong.ExitCode, wrong.Error.Trim()).Should().Be((1, "the node refused the token: the bearer token is wrong"));
        (missing.ExitCode, missing.Error.Trim()).Should().Be((1,
            "the node wants a token: a bearer token is required (Authorization: Bearer <token>) (set --token or PROPPR_TOKEN)"));
        unreachable.ExitCode.Should().Be(1);
        unreachable.Error.Should().StartWith("cannot reach the node at http://127.0.0.1:");
        (stranger.ExitCode, stranger.Error.Trim()).Should().Be((1, "the node answered 404: akka.tcp://proppr@127.0.0.1:1 is not a member of this cluster"));
        unknownBet.ExitCode.Should().Be(1);
        unknownBet.Error.Should().StartWith("the node answered 404: bet 'never-tracked' is not in the read model");
    }

    [Fact]
    public async Task The_ledger_verbs_say_so_when_the_node_runs_no_ledger()
    {
        var show = await Proppr("ledger", "show");
        var resync = await Proppr("ledger", "resync");

        foreach (var run in new[] { show, resync })
        {
            (run.ExitCode, run.Error.Trim()).Should().Be((1,
                "the node answered 404: the ledger is off: Ledger:SpreadsheetId and Ledger:CredentialsPath are not both configured"));
        }
    }
}
