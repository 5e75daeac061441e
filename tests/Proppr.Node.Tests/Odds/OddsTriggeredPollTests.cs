using System.Text.Json.Nodes;
using Proppr.Node.Demo;
using Proppr.Replay.Generation;
using Proppr.Replay.Server;
using Proppr.Replay.Timeline;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Odds;

/// <summary>
/// A goal on the replay, with FotMob and the books behind the pitch by their delays: the node learns of it from the odds
/// and asks FotMob within the odds' delay of the goal (plus the time to react), long before its schedule would, and
/// settles the bet the goal decides; the monitor's live list says the facts were asked for by the odds.
/// </summary>
public sealed class OddsTriggeredPollTests
{
    private const double Speed = 10;
    private static readonly ProviderDelays Delays = ProviderDelays.Realistic;
    private static readonly TimeSpan Reaction = TimeSpan.FromSeconds(30);
    private static readonly MatchDay Day = MatchDayGenerator.Generate(new MatchDayOptions
    {
        Seed = 21, Fixtures = 2, FirstKickoff = new TimeOnly(15, 0), LastKickoff = new TimeOnly(15, 0), PostponeOne = false,
    });

    [Fact]
    public async Task A_goal_makes_the_node_ask_FotMob_within_the_odds_delay_and_settle_what_it_decides()
    {
        var (match, goal) = Day.Matches
            .SelectMany(m => m.Facts.Goals.Select(g => (Match: m, Goal: g)))
            .First(x => x.Goal.Time.Minute is >= 6 and <= 40 &&
                        !x.Match.Facts.Goals.Any(other => other.Time < x.Goal.Time && other.Time.Minute >= x.Goal.Time.Minute - 4));
        var goalAt = new MatchSchedule(match).HappenedAt(goal.Time);
        var goalsBefore = match.Facts.Goals.Count(g => g.Time < goal.Time);
        var time = new HeldTime();
        var clock = new ReplayClock(time, goalAt - TimeSpan.FromMinutes(3), Speed);
        await using var server = await ReplayServer.StartAsync(Day, clock, new ReplayServerOptions { Delays = Delays });
        // Its own schedule would not look again within the test: only the odds can ask.
        await using var node = await NodeUnderTest.StartAsync([
            .. ReplayOddsNode.Settings(server), "--Fixtures:LiveInterval=00:10:00", "--Fixtures:PreMatchInterval=00:10:00"]);
        using var http = node.Client(NodeUnderTest.Token);
        (await http.PostAsync("api/bets", Over(match, "next-goal", goalsBefore + 0.5m))).Status.Should().Be(200);
        (await http.PostAsync("api/bets", Over(match, "far-off", goalsBefore + 5.5m))).Status.Should().Be(200);
        await Eventually.HoldsAsync(async () =>
        {
            var fixture = await http.GetOkAsync($"api/fixtures/{match.MatchId}");
            ((string)fixture["status"]!).Should().Be("live");
            ((int)fixture["book"]!["quotes"]!).Should().BeGreaterThan(0);
        });
        var looksBefore = server.FotMobCalls.Of(match.MatchId).Count;

        time.Release();

        await Eventually.HoldsAsync(async () =>
            ((string)(await http.GetOkAsync("api/bets/next-goal"))["settlement"]!["status"]!).Should().Be("won"), TimeSpan.FromMinutes(1));
        var looks = server.FotMobCalls.Of(match.MatchId).Skip(looksBefore).ToList();
        looks.Should().NotBeEmpty().And.OnlyContain(at => at >= goalAt + Delays.Odds, "nothing asks before the books move");
        looks[0].Should().BeOnOrBefore(goalAt + Delays.Odds + Reaction);
        var live = (await http.GetOkAsync("api/fixtures?live=true"))["fixtures"]!.AsArray().Single(f => (long)f!["fixture_id"]! == match.MatchId)!;
        ((string)live["refreshed_because"]!).Should().Be("odds");
    }

    private static string Over(SyntheticMatch match, string betId, decimal line) => new JsonObject
    {
        ["bet_id"] = betId,
        ["fixture_id"] = match.MatchId,
        ["scope"] = "match",
        ["market"] = "goals",
        ["selection"] = "over",
        ["line"] = line,
        ["odds"] = 1.9,
        ["stake"] = 10,
        ["source"] = "odds-test",
    }.ToJsonString();
}
