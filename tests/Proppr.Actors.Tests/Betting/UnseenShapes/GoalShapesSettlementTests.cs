using Proppr.Actors.Betting;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.UnseenShapes;

/// <summary>
/// Goal markets on real payloads edited into the goal shapes of <c>SHAPE.md</c> §9: a match whose only goal is an own
/// goal, a goal cancelled on review, a missed penalty in normal time.
/// </summary>
public class GoalShapesSettlementTests
{
    private const long Bournemouth = SavedMatches.BournemouthNewcastle2025;
    private const long Burn = 188058;
    private const long Petrovic = 1067256;
    private const long Dennis = 1096635;

    /// <summary>Bournemouth 0-0 Newcastle made 1-0 by Burn (Newcastle) turning the ball into his own net at 30'.</summary>
    private static EditedPayload OnlyAnOwnGoal() => EditedPayload.Of(Bournemouth).AddEvent("""
        {"type": "Goal", "time": 30, "overloadTime": null, "player": {"id": 188058, "name": "Daniel Burn"}, "playerId": 188058,
         "isHome": true, "ownGoal": true, "goalDescription": "Own goal", "goalDescriptionKey": "owngoal", "suffix": "OG",
         "suffixKey": "own_goal_short", "isPenaltyShootoutEvent": false, "newScore": [1, 0], "homeScore": 0, "awayScore": 0}
        """).Edit(p =>
    {
        p.Root["header"]!["teams"]![0]!["score"] = 1;
        p.Root["header"]!["status"]!["scoreStr"] = "1 - 0";
    });

    [Fact]
    public void When_the_only_goal_is_an_own_goal_every_first_goalscorer_bet_on_a_player_who_took_part_is_lost()
    {
        var fullTime = OnlyAnOwnGoal().FullTime;

        Player(Market.FirstGoalscorer, Selection.Yes, playerId: Burn).On(Bournemouth).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        Player(Market.FirstGoalscorer, Selection.Yes, playerId: Petrovic).On(Bournemouth).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        Player(Market.FirstGoalscorer, Selection.Yes, playerId: Dennis).On(Bournemouth).Settle(fullTime).ShouldBeRefund("did_not_play");
        Player(Market.AnytimeGoalscorer, Selection.Yes, playerId: Burn).On(Bournemouth).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        Player(Market.Goals, Selection.Under, 0.5m, Burn).On(Bournemouth).Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        Team(Market.Goals, Selection.Over, 0.5m, BetScope.Home).On(Bournemouth).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Team(Market.Goals, Selection.Under, 0.5m, BetScope.Away, BetPeriod.FirstHalf).On(Bournemouth).Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        Team(Market.MatchResult, Selection.Home).On(Bournemouth).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        // In play the own goal decides no first goalscorer bet: a goal that counts may still come.
        Player(Market.FirstGoalscorer, Selection.Yes, playerId: Petrovic).On(Bournemouth).Settle(OnlyAnOwnGoal().At(60)).ShouldBePending();
    }

    [Fact]
    public void A_goal_cancelled_on_review_and_a_missed_penalty_are_no_goals()
    {
        // Arsenal 3-1 Man Utd (4193490): Garnacho's 89' goal was ruled out (a VAR event, no Goal event); add Havertz
        // missing a penalty at 59', as a MissedPenalty event in normal time.
        const long arsenal = SavedMatches.ArsenalManUtd2023;
        const long garnacho = 1203665;
        const long havertz = 749736;
        const long rashford = 696365;
        var fullTime = EditedPayload.Of(arsenal).AddEvent("""
            {"type": "MissedPenalty", "time": 59, "overloadTime": null, "isHome": true, "player": {"id": 749736, "name": "Kai Havertz"},
             "isPenaltyShootoutEvent": false}
            """).FullTime;

        fullTime.Goals.Should().HaveCount(4);
        Team(Market.Goals, Selection.Under, 4.5m).On(arsenal).Settle(fullTime).ShouldBe(SettlementStatus.Won, 4m, 20m, 10m);
        Player(Market.AnytimeGoalscorer, Selection.Yes, playerId: garnacho).On(arsenal).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        Player(Market.AnytimeGoalscorer, Selection.Yes, playerId: havertz).On(arsenal).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        Player(Market.FirstGoalscorer, Selection.Yes, playerId: rashford).On(arsenal).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }
}
