using System.Globalization;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Node.Demo;

namespace Proppr.Node.Tests.Demo;

/// <summary>
/// The demo on a small, fast match day (four fixtures, one postponed; 150 bets; 600x): the real node, the replay
/// servers, every bet through the HTTP API and every fact through the real FotMob and odds clients. Each bet must end
/// decided exactly as the pure rules decide it on its match's final payload: the replay's FotMob JSON once the day is
/// over (stat corrections included), read by the project's parser; the postponed match is past its window, so the
/// rules refund its bets.
/// </summary>
public sealed class DemoRunTests : IAsyncLifetime
{
    private static readonly string[] Decided = ["won", "lost", "half_won", "half_lost", "refund"];

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("proppr-demo-test-");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_bet_ends_decided_as_the_rules_decide_it_on_its_match_s_final_payload()
    {
        var options = DemoOptions.Parse(["--demo", "--fixtures", "4", "--bets", "150", "--speed", "600", "--seed", "5", "--Urls=http://127.0.0.1:0"])
            with { DataDirectory = _data.FullName };
        var output = new StringWriter(CultureInfo.InvariantCulture);
        await using var session = await DemoSession.StartAsync(options, CancellationToken.None);
        session.PrintStart(output);

        var report = await session.RunDayAsync(output, CancellationToken.None);
        report.Print(output);

        output.ToString().Should().Contain($"Bet monitor: {session.MonitorUrl}").And.Contain("Settlements (150 bets)").And.Contain("P&L by source");
        report.Statuses.Keys.Should().BeSubsetOf(Decided, output.ToString());
        report.Statuses.Values.Sum().Should().Be(150);
        report.Pnl.Total.Count.Should().Be(150);
        session.Day.Day.Matches.Should().Contain(m => m.Postponed).And.Contain(m => m.Correction != null);

        var finals = await FinalPayloadsAsync(session);
        var settler = new Settler(SettlementPolicy.Default);
        var now = DateTimeOffset.UtcNow;
        using var http = session.Client();
        // Prices and kickoffs are on one clock (the replay's), so bets struck before kickoff get closing lines.
        var day = await http.GetOkAsync(string.Create(CultureInfo.InvariantCulture, $"api/bets?day={session.Day.Day.Date:yyyy-MM-dd}"));
        day["bets"]!.AsArray().Should().Contain(bet => bet!["clv"] != null);
        var finalStatuses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var bet in session.Day.Bets)
        {
            var fixtureId = bet.FixtureId ?? session.Day.Day.FindByOddsEvent(long.Parse(bet.OddsEventId!, CultureInfo.InvariantCulture))!.MatchId;
            var expected = settler.Settle(bet with { FixtureId = fixtureId }, finals[fixtureId], now);
            var actual = await http.GetOkAsync($"api/bets/{bet.BetId}");
            finalStatuses[(string)actual["status"]!] = finalStatuses.GetValueOrDefault((string)actual["status"]!) + 1;
            ((string)actual["status"]!, (decimal)actual["returns"]!, (decimal)actual["profit_loss"]!).Should().Be(
                (Proppr.Actors.Betting.Contract.WireNames.Statuses.NameOf(expected.Status), expected.Returns, expected.ProfitLoss),
                $"bet {bet.BetId} ({BetLine(bet)}) on fixture {fixtureId}");
        }
        // The summary was printed once the day was over: it already had every re-settlement the corrections made.
        report.Statuses.Should().BeEquivalentTo(finalStatuses);
    }

    private static async Task<Dictionary<long, MatchDetails>> FinalPayloadsAsync(DemoSession session)
    {
        session.Clock.Now.Should().BeAfter(session.Day.End, "the day is over: every correction is out");
        using var replay = new HttpClient { BaseAddress = session.Replay.BaseUrl };
        var finals = new Dictionary<long, MatchDetails>();
        foreach (var match in session.Day.Day.Matches)
        {
            finals[match.MatchId] = FotMobParser.Parse(await replay.GetStringAsync($"api/matchDetails?matchId={match.MatchId}"));
        }
        return finals;
    }

    private static string BetLine(Bet bet) => Proppr.Actors.Betting.Contract.BetWriter.ToJsonLine(bet);
}
