using System.Text.Json.Nodes;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.RealPayloads;

/// <summary>
/// No saved payload has an own goal, so Liverpool 2-2 Man Utd (4506508) is given one: Martinez's 52' opener becomes an
/// own goal by Van Dijk, encoded as one codebase reports FotMob does (<c>ownGoal: null</c>, <c>shotmapEvent.isOwnGoal:
/// true</c>, <c>isHome</c> the scorer's side); <c>newScore</c> [0, 1] still credits it to Man Utd. Gakpo's 59' goal is then
/// the first goal that counts.
/// </summary>
public class OwnGoalSettlementTests
{
    private const long VanDijk = 209405;
    private const long Gakpo = 806552;
    private const long Martinez = 847983;

    private static readonly string OwnGoalJson = WithOwnGoalOpener(ReferenceData.ReadFotMob(SavedMatches.LiverpoolManUtd2025));
    private static readonly MatchDetails FullTime = FotMobParser.Parse(OwnGoalJson);

    private static MatchDetails At(int minute) => FotMobParser.Parse(LivePayloads.TruncateAt(OwnGoalJson, minute));

    [Fact]
    public void The_parser_reads_the_opener_as_an_own_goal_for_man_utd() =>
        FotMobParser.Parse(OwnGoalJson).Goals[0].Should().Be(new GoalEvent(new MatchTime(52), Side.Away, VanDijk, "Virgil van Dijk", OwnGoal: true, Penalty: false, AssistId: null));

    [Fact]
    public void The_first_goalscorer_is_the_scorer_of_the_first_goal_after_the_own_goal()
    {
        var first = Player(Market.FirstGoalscorer, Selection.Yes, playerId: Gakpo) with { Odds = 6m };

        first.Settle(At(58)).ShouldBePending();
        first.Settle(At(59)).ShouldBe(SettlementStatus.Won, 1m, 60m, 50m);
        first.Settle(FullTime).ShouldBe(SettlementStatus.Won, 1m, 60m, 50m);
        Player(Market.FirstGoalscorer, Selection.Yes, playerId: VanDijk).Settle(At(58)).ShouldBePending();
        Player(Market.FirstGoalscorer, Selection.Yes, playerId: VanDijk).Settle(FullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        Player(Market.FirstGoalscorer, Selection.Yes, playerId: Martinez).Settle(FullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
    }

    [Fact]
    public void The_own_goal_counts_for_the_side_credited_and_never_for_the_player()
    {
        Player(Market.AnytimeGoalscorer, Selection.Yes, playerId: VanDijk).Settle(FullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        Player(Market.Goals, Selection.Over, 0.5m, VanDijk).Settle(FullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        Team(Market.Goals, Selection.Over, 1.5m, BetScope.Away).Settle(FullTime).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        Team(Market.Goals, Selection.Over, 0.5m, BetScope.Away).Settle(At(53)).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Team(Market.MatchResult, Selection.Draw).Settle(FullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
    }

    private static string WithOwnGoalOpener(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var opener = root["content"]!["matchFacts"]!["events"]!["events"]!.AsArray()
            .OfType<JsonObject>().First(e => (string?)e["type"] == "Goal");
        opener["player"] = new JsonObject { ["id"] = VanDijk, ["name"] = "Virgil van Dijk", ["profileUrl"] = "/players/209405/virgil-van-dijk" };
        opener["playerId"] = VanDijk;
        opener["isHome"] = true;
        opener["ownGoal"] = null;
        opener["shotmapEvent"]!["isOwnGoal"] = true;
        foreach (var assist in new[] { "assistStr", "assistProfileUrl", "assistPlayerId", "assistKey", "assistInput" })
        {
            opener.Remove(assist);
        }
        return root.ToJsonString();
    }
}
