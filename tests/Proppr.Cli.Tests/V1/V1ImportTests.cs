using Proppr.Node.Tests;
using Proppr.TestSupport;

namespace Proppr.Cli.Tests.V1;

/// <summary>
/// <c>proppr import --from proppr-v1</c> against a running node whose fixture 4506508 is the real Liverpool 2-2
/// Manchester United payload: the old open bets are tracked and settle from it, a bet the old system settled keeps that
/// settlement, what cannot map is reported by line, a second import changes nothing, and --regrade grades old ones again.
/// </summary>
public sealed class V1ImportTests(NodeFixture fixture) : IClassFixture<NodeFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly string[] Export =
    [
        // A team bot's bet naming its team, canonical Extended JSON.
        """{"_id":{"$oid":"66b000000000000000000001"},"fixture_id":{"$numberLong":"4506508"},"home_team":"Liverpool","away_team":"Manchester United","team":"Liverpool","stat_type":"goals","market_direction":"over","threshold":{"$numberDouble":"1.5"},"odds":{"$numberDecimal":"2.00"},"actual_stake":{"$numberInt":"10"},"bot_type":"team","result_tracking":{"result_status":"pending"}}""",
        // A match total by the old numeric stat id, relaxed Extended JSON.
        """{"_id":{"$oid":"66b000000000000000000002"},"fixture_id":4506508,"type_id":52,"direction":"under","threshold":3.5,"odds":1.8,"units_staked":5,"bot_type":"cerebro","created_at":{"$date":"2025-04-20T12:00:00Z"}}""",
        // Settled by the old grader as half won, which Proppr's rules never give on a half line: were it graded again
        // from the payload, its settlement would change.
        """{"_id":{"$oid":"66b000000000000000000003"},"fixture_id":"4506508","stat_type":"corners","market_direction":"over","threshold":8.5,"odds":1.9,"actual_stake":10,"status":"half_win","result_tracking":{"result_status":"half_win","actual_value":9,"graded_at":{"$date":"2025-04-20T17:00:00Z"}}}""",
        """{"_id":{"$oid":"66b000000000000000000004"},"fixture_id":4506508,"stat_type":"possession","market_direction":"over","threshold":50,"odds":1.9,"actual_stake":10}""",
        """{"_id":{"$oid":"66b0000000000""",
    ];

    private Task<CliProcess.Run> Proppr(params string[] args) =>
        CliProcess.RunAsync([.. args, "--url", fixture.Url, "--token", NodeUnderTest.Token]);

    [Fact]
    public async Task Open_bets_settle_a_settled_bet_keeps_its_verdict_unmappable_lines_are_reported_and_a_second_import_changes_nothing()
    {
        var file = _folder.Write("tracked_bets.json", string.Join('\n', Export));

        var first = await Proppr("import", "--from", "proppr-v1", file);
        var again = await Proppr("import", "--from", "proppr-v1", file);

        first.ExitCode.Should().Be(0, first.Error);
        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("3 accepted, 0 duplicate, 0 pending resolution, 0 rejected, 0 unavailable, 2 unmappable; 1 sent with the settlement v1 gave them");
        lines[1].Should().MatchRegex("^LINE +BET +STATUS +REASON +DETAIL$");
        lines[2].Should().MatchRegex("^4 +v1-66b000000000000000000004 +unmappable +- +unknown stat_type 'possession'");
        lines[3].Should().MatchRegex("^5 +- +unmappable +- +not a JSON document");
        again.Output.Split('\n')[0].Should().Be("0 accepted, 3 duplicate, 0 pending resolution, 0 rejected, 0 unavailable, 2 unmappable; 1 sent with the settlement v1 gave them");


        await Eventually.HoldsAsync(async () =>
            (await Proppr("cluster", "bet", "v1-66b000000000000000000001")).Output.Should().MatchRegex(@"status won, returns 20(\.0+)?, profit/loss 10(\.0+)?\n"));
        var liverpool = await Proppr("cluster", "bet", "v1-66b000000000000000000001");
        liverpool.Output.Should().StartWith("bet v1-66b000000000000000000001 on fixture 4506508: home goals over 1.5 @ 2, stake 10\n");
        await Eventually.HoldsAsync(async () =>
            (await Proppr("cluster", "bet", "v1-66b000000000000000000002")).Output.Should().MatchRegex(@"status lost, returns 0(\.0+)?, profit/loss -5(\.0+)?\n"));
        // Its fixture has graded the other two from the payload; the old verdict stands, its money Proppr's.
        var history = await Proppr("cluster", "bet", "v1-66b000000000000000000003");
        history.Output.Should().MatchRegex(@"status half_won, returns 14\.5(0*)?, profit/loss 4\.5(0*)?\n");
    }

    [Fact]
    public async Task Regrade_grades_the_old_settled_bets_again_and_shows_where_proppr_differs()
    {
        // Liverpool scored two: v1's "won" on over 1.5 stands; its "half_win" on an 8.5 corners line cannot.
        var agrees = Export[0].Replace("66b000000000000000000001", "66b0000000000000000000a1")
            .Replace("\"result_status\":\"pending\"", "\"result_status\":\"won\",\"graded_at\":{\"$date\":\"2025-04-20T17:00:00Z\"}");
        var differs = Export[2].Replace("66b000000000000000000003", "66b0000000000000000000a3");
        var file = _folder.Write("settled.json", string.Join('\n', agrees, differs));

        var regraded = await Proppr("import", "--from", "proppr-v1", "--regrade", file);

        regraded.ExitCode.Should().Be(0, regraded.Error);
        var lines = regraded.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("2 accepted, 0 duplicate, 0 pending resolution, 0 rejected, 0 unavailable, 0 unmappable; 0 sent with the settlement v1 gave them");
        lines[1].Should().Be("2 regraded: 1 as v1 had them, 1 differ, 0 not graded in time");
        lines[2].Should().MatchRegex("^LINE +BET +V1 +PROPPR$");
        lines[3].Should().MatchRegex("^2 +v1-66b0000000000000000000a3 +half_won +(won|lost)$");
    }

    [Fact]
    public async Task Imported_mappings_let_a_bet_naming_only_its_odds_event_go_to_its_fixture()
    {
        var mappings = _folder.Write("team_fixture_mappings_fm.json", string.Join('\n',
            """{"_id":{"$oid":"66c000000000000000000001"},"odds_fixture_id":"ev-v1-778","projection_fixture_id":{"$numberLong":"19134567"},"fotmob_fixture_id":{"$numberLong":"4506508"},"home_team":"Liverpool","away_team":"Manchester United"}""",
            """{"_id":{"$oid":"66c000000000000000000002"},"odds_fixture_id":"ev-v1-779"}"""));
        var bets = _folder.Write("odds_only.json",
            """{"_id":{"$oid":"66b0000000000000000000b1"},"odds_fixture_id":"ev-v1-778","stat_type":"goals","market_direction":"over","threshold":3.5,"odds":2.5,"actual_stake":4}""");

        var mapped = await Proppr("import", "--from", "proppr-v1-mappings", mappings);

        mapped.ExitCode.Should().Be(0, mapped.Error);
        var lines = mapped.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("2 mappings sent, 1 unmappable");
        lines[2].Should().MatchRegex("^2 +- +unmappable +- +no fotmob_fixture_id");
        // The resolver saves a mapping a moment after it is sent; until then the bet is refused (no teams to search by).
        await Eventually.HoldsAsync(async () =>
            (await Proppr("import", "--from", "proppr-v1", bets)).Output.Should().MatchRegex("^(1 accepted|0 accepted, 1 duplicate)"));
        await Eventually.HoldsAsync(async () =>
            (await Proppr("cluster", "bet", "v1-66b0000000000000000000b1")).Output
                .Should().StartWith("bet v1-66b0000000000000000000b1 on fixture 4506508:").And.MatchRegex(@"status won, returns 10(\.0+)?"));
    }

    [Fact]
    public async Task Imported_player_mappings_find_a_player_the_bet_names_only_by_the_odds_provider_s_id()
    {
        var mappings = _folder.Write("player_mappings_fm.json", string.Join('\n',
            """{"_id":{"$oid":"66d000000000000000000001"},"odds_player_id":"op-salah-11","fotmob_player_id":{"$numberLong":"292462"},"player_name":"Mohamed Salah"}""",
            """{"_id":{"$oid":"66d000000000000000000002"},"odds_api_player_id":"op-gakpo-18","fotmob_id":806552}""",
            """{"_id":{"$oid":"66d000000000000000000003"},"odds_player_id":"op-nobody"}"""));
        // "Mo" names nobody in the lineup: only the mapped id finds Salah, who had four shots.
        var bets = _folder.Write("player_bets.json",
            """{"_id":{"$oid":"66b0000000000000000000c1"},"fixture_id":4506508,"odds_player_id":"op-salah-11","player_name":"Mo","stat_type":"shots","market_direction":"over","threshold":3.5,"odds":1.9,"actual_stake":10,"bot_type":"player"}""");

        var mapped = await Proppr("import", "--from", "proppr-v1-player-mappings", mappings);

        mapped.ExitCode.Should().Be(0, mapped.Error);
        var lines = mapped.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("2 player mappings sent, 1 unmappable");
        lines[2].Should().MatchRegex("^3 +- +unmappable +- +no fotmob_player_id");
        (await Proppr("import", "--from", "proppr-v1", bets)).Output.Should().StartWith("1 accepted");
        await Eventually.HoldsAsync(async () =>
            (await Proppr("cluster", "bet", "v1-66b0000000000000000000c1")).Output.Should().MatchRegex(@"status won, returns 19(\.0+)?"));
    }

    [Fact]
    public async Task An_export_of_every_field_variant_imports_with_the_counts_it_implies_and_a_second_import_changes_nothing()
    {
        var lines = V1Export.Lines().ToList();
        var file = _folder.Write("every_variant.json", string.Join('\n', lines));
        lines.Should().HaveCount(V1Export.Mappable + V1Export.Unmappable.Length).And.HaveCountGreaterThan(300);

        var first = await Proppr("import", "--from", "proppr-v1", "--json", file);
        var again = await Proppr("import", "--from", "proppr-v1", file);

        first.ExitCode.Should().Be(0, first.Error);
        var report = System.Text.Json.Nodes.JsonNode.Parse(first.Output)!;
        ((int)report["accepted"]!, (int)report["unmappable"]!, (int)report["settled_in_v1"]!, (int)report["rejected"]!)
            .Should().Be((V1Export.Mappable, V1Export.Unmappable.Length, V1Export.Settled, 0));
        report["results"]!.AsArray().Where(r => (string)r!["status"]! == "unmappable").Select(r => (int)r!["line"]!)
            .Should().Equal(Enumerable.Range(V1Export.Mappable + 1, V1Export.Unmappable.Length));
        again.Output.Split('\n')[0].Should().Be(
            $"0 accepted, {V1Export.Mappable} duplicate, 0 pending resolution, 0 rejected, 0 unavailable, {V1Export.Unmappable.Length} unmappable; " +
            $"{V1Export.Settled} sent with the settlement v1 gave them");
        // The open ones are graded from the real payload: none stays pending.
        using var http = fixture.Node.Client();
        async Task<int> CountAsync(string query) =>
            System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync($"api/bets?day=2025-04-20&source=every_variant{query}"))!["bets"]!.AsArray().Count;
        await Eventually.HoldsAsync(async () => (await CountAsync("&status=pending")).Should().Be(0));
        (await CountAsync("")).Should().Be(V1Export.Mappable);
    }

    public void Dispose() => _folder.Dispose();
}
