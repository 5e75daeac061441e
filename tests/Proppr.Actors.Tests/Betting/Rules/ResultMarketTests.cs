using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.Rules;

public class ResultMarketTests
{
    /// <summary>1-1 after 90 minutes, 2-1 to the home side after extra time.</summary>
    private static MatchBuilder DecidedInExtraTime() =>
        new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Away, 80).Goal(Side.Home, 110).AfterExtraTime();

    [Fact]
    public void Match_result_is_decided_on_the_full_time_score()
    {
        Team(Market.MatchResult, Selection.Home).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Team(Market.MatchResult, Selection.Draw).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.Lost, 1m, 0m, -10m);
        Team(Market.MatchResult, Selection.Away).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.Lost, -1m, 0m, -10m);
    }

    [Fact]
    public void Match_result_is_pending_in_play() =>
        Team(Market.MatchResult, Selection.Home)
            .Settle(new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Home, 20).Live(89)).ShouldBePending();

    [Fact]
    public void Match_result_ignores_extra_time()
    {
        Team(Market.MatchResult, Selection.Draw).Settle(DecidedInExtraTime()).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        Team(Market.MatchResult, Selection.Home).Settle(DecidedInExtraTime()).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
    }

    [Fact]
    public void A_first_half_result_is_decided_at_half_time()
    {
        var match = new MatchBuilder().Goal(Side.Home, 10);
        var bet = Team(Market.MatchResult, Selection.Home, period: BetPeriod.FirstHalf);

        bet.Settle(match.Live(44)).ShouldBePending();
        bet.Settle(match.HalfTime()).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }

    [Fact]
    public void A_second_half_result_counts_second_half_goals() =>
        Team(Market.MatchResult, Selection.Away, period: BetPeriod.SecondHalf)
            .Settle(new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Home, 20).Goal(Side.Away, 60).FullTime())
            .ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);

    [Fact]
    public void Asian_handicap_settles_the_margin_plus_the_line()
    {
        Team(Market.AsianHandicap, Selection.Home, -0.75m).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.HalfWon, 1m, 15m, 5m, "quarter_line");
        Team(Market.AsianHandicap, Selection.Home, -1m).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.Refund, 1m, 10m, 0m, "push");
        Team(Market.AsianHandicap, Selection.Away, 0.75m).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.HalfLost, -1m, 5m, -5m, "quarter_line");
        Team(Market.AsianHandicap, Selection.Away, 1.5m).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.Won, -1m, 20m, 10m);
        Team(Market.AsianHandicap, Selection.Home, -1.5m).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.Lost, 1m, 0m, -10m);
    }

    /// <summary>The handicap table on a 2-1 home win, from both sides: each line on one team is its opposite on the other.</summary>
    public static TheoryData<string, decimal, SettlementStatus, decimal> HandicapsOnATwoOneHomeWin => new()
    {
        { "home", 0m, SettlementStatus.Won, 20m },
        { "away", 0m, SettlementStatus.Lost, 0m },
        { "home", 0.25m, SettlementStatus.Won, 20m },
        { "away", -0.25m, SettlementStatus.Lost, 0m },
        { "home", -0.25m, SettlementStatus.Won, 20m },
        { "away", 0.25m, SettlementStatus.Lost, 0m },
        { "home", -0.75m, SettlementStatus.HalfWon, 15m },
        { "away", 0.75m, SettlementStatus.HalfLost, 5m },
        { "home", -1m, SettlementStatus.Refund, 10m },
        { "away", 1m, SettlementStatus.Refund, 10m },
        { "home", -1.25m, SettlementStatus.HalfLost, 5m },
        { "away", 1.25m, SettlementStatus.HalfWon, 15m },
        { "home", -1.5m, SettlementStatus.Lost, 0m },
        { "away", 1.5m, SettlementStatus.Won, 20m },
        { "home", -1.75m, SettlementStatus.Lost, 0m },
        { "away", 1.75m, SettlementStatus.Won, 20m },
    };

    [Theory]
    [MemberData(nameof(HandicapsOnATwoOneHomeWin))]
    public void Asian_handicap_follows_the_table_on_both_sides(string side, decimal line, SettlementStatus status, decimal returns)
    {
        var selection = side == "home" ? Selection.Home : Selection.Away;

        var settlement = Team(Market.AsianHandicap, selection, line).Settle(MatchBuilder.HomeWinTwoOne());

        settlement.ShouldBe(status, selection == Selection.Home ? 1m : -1m, returns, returns - 10m,
            status switch
            {
                SettlementStatus.Refund => "push",
                SettlementStatus.HalfWon or SettlementStatus.HalfLost => "quarter_line",
                _ => null,
            });
    }

    [Fact]
    public void Asian_handicap_is_pending_in_play() =>
        Team(Market.AsianHandicap, Selection.Home, 0.5m)
            .Settle(new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Home, 20).Live(89)).ShouldBePending();

    [Fact]
    public void Asian_handicap_ignores_extra_time() =>
        Team(Market.AsianHandicap, Selection.Home, -0.25m).Settle(DecidedInExtraTime())
            .ShouldBe(SettlementStatus.HalfLost, 0m, 5m, -5m, "quarter_line");

    [Fact]
    public void An_in_play_asian_handicap_counts_only_goals_after_it_was_struck()
    {
        // Struck at 1-0; 2-1 at the end, so 1-1 counts.
        var inPlay = Team(Market.AsianHandicap, Selection.Home, -0.5m) with { ScoreAtPlacement = new Score(1, 0) };

        inPlay.Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        (inPlay with { Selection = Selection.Away, Line = Line.Of(0.5m) }).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        (inPlay with { Line = Line.Of(0m), ScoreAtPlacement = new Score(2, 1) }).Settle(MatchBuilder.HomeWinTwoOne())
            .ShouldBe(SettlementStatus.Refund, 0m, 10m, 0m, "push");
    }

    [Fact]
    public void An_in_play_second_half_handicap_takes_only_second_half_goals_before_it_off()
    {
        // 1-0 at half time; struck at 2-0 (one second-half goal in); 3-1 at the end: the second half after it is 1-1.
        var match = new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Home, 50).Goal(Side.Away, 70).Goal(Side.Home, 80).FullTime();
        var bet = Team(Market.AsianHandicap, Selection.Home, 0m, period: BetPeriod.SecondHalf) with { ScoreAtPlacement = new Score(2, 0) };

        bet.Settle(match).ShouldBe(SettlementStatus.Refund, 0m, 10m, 0m, "push");
    }

    [Fact]
    public void Both_teams_to_score_is_decided_as_soon_as_both_have_scored()
    {
        var bothScored = new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Away, 25).Live(30);

        Team(Market.BothTeamsToScore, Selection.Yes).Settle(bothScored).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Team(Market.BothTeamsToScore, Selection.No).Settle(bothScored).ShouldBe(SettlementStatus.Lost, 1m, 0m, -10m);
    }

    [Fact]
    public void Both_teams_to_score_otherwise_waits_for_the_end()
    {
        var oneNil = new MatchBuilder().Goal(Side.Home, 10);

        Team(Market.BothTeamsToScore, Selection.No).Settle(oneNil.Live(89)).ShouldBePending();
        Team(Market.BothTeamsToScore, Selection.No).Settle(oneNil.FullTime()).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        Team(Market.BothTeamsToScore, Selection.Yes).Settle(oneNil.FullTime()).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
    }

    [Fact]
    public void Both_teams_to_score_counts_an_own_goal_for_the_side_credited() =>
        Team(Market.BothTeamsToScore, Selection.Yes)
            .Settle(new MatchBuilder().Goal(Side.Home, 10).OwnGoal(Side.Away, 20, Salah).Live(21))
            .ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);

    [Fact]
    public void Both_teams_to_score_keeps_to_its_period()
    {
        var secondHalfEqualiser = new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Away, 60);

        Team(Market.BothTeamsToScore, Selection.Yes, period: BetPeriod.FirstHalf).Settle(secondHalfEqualiser.Live(70))
            .ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        Team(Market.BothTeamsToScore, Selection.No)
            .Settle(new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Away, 100).AfterExtraTime())
            .ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
    }
}
