using Akka.Actor;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches.FotMob;
using Proppr.TestSupport;

namespace Proppr.Cli.Tests;

/// <summary>
/// One rules code path: on the same edited real payload (Mallorca 1-1 Real Madrid, 4506747, with Maffeo's booking gone
/// from the events but kept by his lineup marker and the team stats, and Mendy's red changed to a yellow on review),
/// <c>proppr grade</c> in its own process and a sharded fixture actor grading the match in play and at full time give
/// the same decision for every bet. The demo's check (<c>DemoRunTests</c>) grades with the same <see cref="Settler"/>.
/// </summary>
public sealed class SameRulesEverywhereTests : IAsyncLifetime
{
    private const long Mallorca = 4506747;
    private const int InPlayMinute = 50;

    private static readonly FixtureSettings Fast = FixtureSettings.Default with
    {
        LiveInterval = TimeSpan.FromMilliseconds(100),
        PreMatchInterval = TimeSpan.FromMilliseconds(200),
        SlowInterval = TimeSpan.FromMilliseconds(300),
        RetryInterval = TimeSpan.FromMilliseconds(100),
    };

    private readonly TempFolder _folder = new();
    private readonly TempDatabaseFile _database = new();
    private readonly ScriptedMatchData _matchData = new();
    private TestNode _node = null!;

    public async Task InitializeAsync() =>
        _node = await TestNode.StartAsync(_database.Options, akka => akka.AddFixtureSharding(Fast, _ => _matchData));

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        _database.Dispose();
        _folder.Dispose();
    }

    private static string EditedMatch() => EditedPayload.Of(Mallorca)
        .RemoveEvents(e => (string?)e["type"] == "Card" && (long?)e["player"]?["id"] == 673356)
        .AddEvent("""
            {"type": "VAR", "time": 90, "overloadTime": 9, "isHome": false, "player": {"id": 623537},
             "VAR": {"pendingDecision": false, "decision": {"key": ["var_card_changed_to_yellow"], "value": ["Card changed to yellow"]}}}
            """)
        .Json;

    private static IEnumerable<Bet> Bets()
    {
        var id = 0;
        Bet Bet(BetScope scope, Market market, Selection selection, decimal? line, BetPeriod period, long? player = null) => new()
        {
            BetId = $"same-{++id}",
            FixtureId = Mallorca,
            Scope = scope,
            Market = market,
            Period = period,
            Selection = selection,
            Line = line is { } value ? Line.Of(value) : null,
            PlayerId = player,
            Odds = 2m,
            Stake = 10m,
        };
        foreach (var period in Enum.GetValues<BetPeriod>())
        {
            foreach (var selection in new[] { Selection.Over, Selection.Under })
            {
                foreach (var scope in new[] { BetScope.Match, BetScope.Home, BetScope.Away })
                {
                    yield return Bet(scope, Market.YellowCards, selection, 0.5m, period);
                    yield return Bet(scope, Market.RedCards, selection, 0.5m, period);
                    yield return Bet(scope, Market.Goals, selection, 0.5m, period);
                }
                foreach (var player in new long[] { 673356, 623537 })
                {
                    yield return Bet(BetScope.Player, Market.YellowCards, selection, 0.5m, period, player);
                    yield return Bet(BetScope.Player, Market.RedCards, selection, 0.5m, period, player);
                }
            }
        }
    }

    [Fact]
    public async Task The_cli_and_a_fixture_grading_in_play_and_at_full_time_decide_every_bet_alike()
    {
        var json = EditedMatch();
        var inPlayJson = LivePayloads.TruncateAt(json, InPlayMinute);
        var bets = Bets().ToList();
        var betsFile = _folder.Write("bets.jsonl", string.Join('\n', bets.Select(BetWriter.ToJsonLine)));
        var cliInPlay = await GradeAsync(inPlayJson, betsFile, "in-play.json");
        var cliFullTime = await GradeAsync(json, betsFile, "full-time.json");
        cliFullTime.Values.Should().Contain(s => s.Reason == null && s.Status == "won" && s.BetId == "same-1",
            "Maffeo's marker makes home yellows over 0.5 a win (a sanity check that the edit took)");

        var region = _node.Required<FixtureRegion>();
        (await region.Ask<BetsTracked>(new TrackBets(Mallorca, [.. bets]), TimeSpan.FromSeconds(30))).Outcomes
            .Should().OnlyContain(o => o.Status == TrackStatus.Accepted);

        _matchData.Publish(FotMobParser.Parse(inPlayJson), "in-play");
        await Eventually.HoldsAsync(async () => (await FixtureDecisionsAsync(region, bets)).Should().BeEquivalentTo(Decided(cliInPlay)));

        // A decision made in play keeps the count it was made on (exactly once), so the decisions are compared.
        _matchData.Publish(FotMobParser.Parse(json), "full-time");
        await Eventually.HoldsAsync(async () => WithoutValues(await FixtureDecisionsAsync(region, bets)).Should().BeEquivalentTo(WithoutValues(cliFullTime)));
        cliInPlay.Values.Should().Contain(s => s.Status != "pending", "some bets are decided in play");
    }

    private async Task<Dictionary<string, SettlementLine>> GradeAsync(string match, string betsFile, string name)
    {
        var run = await PropprProcess.RunAsync(ExampleBets.Arguments(betsFile, _folder.Write(name, match)));
        run.ExitCode.Should().Be(0, run.Errors);
        return run.OutputLines.Select(SettlementLine.Parse).ToDictionary(line => line.BetId!);
    }

    private static Dictionary<string, SettlementLine> Decided(Dictionary<string, SettlementLine> graded) =>
        graded.Where(entry => entry.Value.Status != "pending").ToDictionary();

    private static Dictionary<string, SettlementLine> WithoutValues(Dictionary<string, SettlementLine> graded) =>
        graded.ToDictionary(entry => entry.Key, entry => entry.Value with { ActualValue = null });

    /// <summary>The fixture's settlements as <c>proppr grade</c> prints them; a bet it has not decided is left out.</summary>
    private static async Task<Dictionary<string, SettlementLine>> FixtureDecisionsAsync(IActorRef region, IEnumerable<Bet> bets)
    {
        var decided = new Dictionary<string, SettlementLine>();
        foreach (var bet in bets)
        {
            var view = await region.Ask<BetView>(new GetBet(Mallorca, bet.BetId), TimeSpan.FromSeconds(30));
            if (view.Settlement is { } settlement)
            {
                decided[bet.BetId] = SettlementLine.Parse(SettlementWriter.ToJsonLine(settlement));
            }
        }
        return decided;
    }
}
