using System.Globalization;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Node.Demo;
using Proppr.Replay.Generation;

namespace Proppr.Node.Tests.Demo;

/// <summary>
/// Runs a demo day on the real node and the replay servers, then holds each bet as the API ends it beside what the
/// pure rules decide on its match's final payload (the replay's FotMob JSON once the day is over, every correction
/// out, read by the project's parser).
/// </summary>
public sealed class DemoCheck : IAsyncDisposable
{
    private readonly DirectoryInfo _data;

    private DemoCheck(DirectoryInfo data, DemoSession session, DemoReport report, string output, IReadOnlyList<BetVerdict> verdicts)
    {
        _data = data;
        Session = session;
        Report = report;
        Output = output;
        Verdicts = verdicts;
    }

    public DemoSession Session { get; }
    public DemoReport Report { get; }
    public string Output { get; }
    public IReadOnlyList<BetVerdict> Verdicts { get; }

    /// <summary>Each bet's final status as the API shows it, counted, in the summary's words for a postponed match's bets.</summary>
    public IReadOnlyDictionary<string, int> FinalStatuses =>
        Verdicts.GroupBy(v => v.Actual.Status == "pending" && v.Match.Postponed ? DemoReport.WaitingForPostponedMatch : v.Actual.Status)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public static async Task<DemoCheck> RunAsync(params string[] args)
    {
        var data = Directory.CreateTempSubdirectory("proppr-demo-test-");
        var options = DemoOptions.Parse(["--demo", .. args, "--Urls=http://127.0.0.1:0"]) with { DataDirectory = data.FullName };
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var session = await DemoSession.StartAsync(options, CancellationToken.None);
        session.PrintStart(output);
        var report = await session.RunDayAsync(output, CancellationToken.None);
        report.Print(output);

        var finals = await FinalPayloadsAsync(session);
        var settler = new Settler(SettlementPolicy.Default);
        // The node settles on the replay's clock: a postponed match's window runs on it.
        var now = session.Clock.Now;
        using var http = session.Client();
        var verdicts = new List<BetVerdict>();
        foreach (var bet in session.Day.Bets)
        {
            var match = session.Day.MatchOf(bet);
            var expected = settler.Settle(bet with { FixtureId = match.MatchId }, finals[match.MatchId], now);
            var actual = await http.GetOkAsync($"api/bets/{bet.BetId}");
            verdicts.Add(new BetVerdict(bet, match,
                new Money(WireNames.Statuses.NameOf(expected.Status), expected.Returns, expected.ProfitLoss),
                new Money((string)actual["status"]!, (decimal)actual["returns"]!, (decimal)actual["profit_loss"]!)));
        }
        return new DemoCheck(data, session, report, output.ToString(), verdicts);
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

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    public sealed record Money(string Status, decimal Returns, decimal ProfitLoss);

    /// <summary>A bet, its match, what the rules decide on the final payload and what the node decided.</summary>
    public sealed record BetVerdict(Bet Bet, SyntheticMatch Match, Money Expected, Money Actual)
    {
        public override string ToString() => $"bet {Bet.BetId} ({BetWriter.ToJsonLine(Bet)}) on fixture {Match.MatchId}";
    }
}
