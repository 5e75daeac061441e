namespace Proppr.Node.Tests.Demo;

/// <summary>
/// The demo on a small, fast match day (four fixtures, one postponed; 150 bets; 600x): the real node, the replay
/// servers, every bet through the HTTP API and every fact through the real FotMob and odds clients. Each bet must end
/// decided exactly as the pure rules decide it on its match's final payload (<see cref="DemoCheck"/>); the postponed
/// match is past its window, so the rules refund its bets.
/// </summary>
public sealed class DemoRunTests
{
    private static readonly string[] Decided = ["won", "lost", "half_won", "half_lost", "refund"];

    [Fact]
    public async Task Every_bet_ends_decided_as_the_rules_decide_it_on_its_match_s_final_payload()
    {
        await using var check = await DemoCheck.RunAsync("--fixtures", "4", "--bets", "150", "--speed", "600", "--seed", "5");
        var (session, report) = (check.Session, check.Report);

        check.Output.Should().Contain($"Bet monitor: {session.MonitorUrl}").And.Contain("Settlements (150 bets)").And.Contain("P&L by source")
            .And.Contain("Hard paths");
        report.Statuses.Keys.Should().BeSubsetOf(Decided, check.Output);
        report.Statuses.Values.Sum().Should().Be(150);
        report.Pnl.Total.Count.Should().Be(150);
        session.Day.Day.Matches.Should().Contain(m => m.Postponed).And.Contain(m => m.Correction != null);

        using var http = session.Client();
        // Prices and kickoffs are on one clock (the replay's), so bets struck before kickoff get closing lines.
        var day = await http.GetOkAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"api/bets?day={session.Day.Day.Date:yyyy-MM-dd}"));
        day["bets"]!.AsArray().Should().Contain(bet => bet!["clv"] != null);
        foreach (var verdict in check.Verdicts)
        {
            verdict.Actual.Should().Be(verdict.Expected, verdict.ToString());
        }
        // The summary was printed once the day was over: it already had every re-settlement the corrections made.
        report.Statuses.Should().BeEquivalentTo(check.FinalStatuses);
    }
}
