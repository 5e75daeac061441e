using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.Rules;

public class TeamCountTests
{
    [Fact]
    public void Over_a_half_line_is_won_above_it_and_under_lost()
    {
        Team(Market.Goals, Selection.Over, 2.5m).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.Won, 3m, 20m, 10m);
        Team(Market.Goals, Selection.Under, 2.5m).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.Lost, 3m, 0m, -10m);
    }

    [Fact]
    public void The_exact_whole_line_is_a_push() =>
        Team(Market.Goals, Selection.Over, 3m).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.Refund, 3m, 10m, 0m, "push");

    [Fact]
    public void One_team_counts_its_own_goals()
    {
        Team(Market.Goals, Selection.Over, 1.5m, BetScope.Home).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        Team(Market.Goals, Selection.Over, 1.5m, BetScope.Away).Settle(MatchBuilder.HomeWinTwoOne()).ShouldBe(SettlementStatus.Lost, 1m, 0m, -10m);
    }

    [Fact]
    public void An_own_goal_counts_for_the_side_credited()
    {
        var match = new MatchBuilder().OwnGoal(Side.Away, 20, scorer: Salah).FullTime();

        Team(Market.Goals, Selection.Over, 0.5m, BetScope.Away).Settle(match).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Team(Market.Goals, Selection.Over, 0.5m, BetScope.Home).Settle(match).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
    }

    [Fact]
    public void Quarter_lines_split_the_stake()
    {
        var corners = new MatchBuilder().FullTime()
            .TeamStat(Stat.Corners, MatchPeriod.FirstHalf, 1, 1)
            .TeamStat(Stat.Corners, MatchPeriod.SecondHalf, 1, 0);

        // 3 corners. Over 2.25 (2.0 and 2.5): both halves win. Over 2.75 (2.5 and 3.0): a win and a push.
        Team(Market.Corners, Selection.Over, 2.25m).Settle(corners).ShouldBe(SettlementStatus.Won, 3m, 20m, 10m);
        Team(Market.Corners, Selection.Over, 2.75m).Settle(corners).ShouldBe(SettlementStatus.HalfWon, 3m, 15m, 5m, "quarter_line");
        Team(Market.Corners, Selection.Under, 2.75m).Settle(corners).ShouldBe(SettlementStatus.HalfLost, 3m, 5m, -5m, "quarter_line");
        Team(Market.Corners, Selection.Over, 3.25m).Settle(corners).ShouldBe(SettlementStatus.HalfLost, 3m, 5m, -5m, "quarter_line");
    }

    [Fact]
    public void The_contract_example_half_won_at_1_95_returns_14_75()
    {
        var match = new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Home, 80).FullTime();

        (Team(Market.Goals, Selection.Under, 2.25m) with { Odds = 1.95m }).Settle(match)
            .ShouldBe(SettlementStatus.HalfWon, 2m, 14.75m, 4.75m, "quarter_line");
    }

    [Fact]
    public void Money_rounds_half_away_from_zero()
    {
        var match = new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Home, 80).FullTime();

        // Under 2.25 at 2 goals is half won: 10 × (1.333 + 1) / 2 = 11.665 → 11.67, profit 1.665 → 1.67.
        (Team(Market.Goals, Selection.Under, 2.25m) with { Odds = 1.333m }).Settle(match)
            .ShouldBe(SettlementStatus.HalfWon, 2m, 11.67m, 1.67m, "quarter_line");
    }

    [Fact]
    public void Over_is_won_in_play_as_soon_as_the_count_passes_the_line()
    {
        var match = new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Away, 25).Live(30).Build();

        var settlement = Team(Market.Goals, Selection.Over, 1.5m).Settle(match);

        settlement.ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        settlement.SettledAt.Should().Be(Now);
        settlement.FixtureState.Should().Be(MatchStatus.Live);
    }

    [Fact]
    public void Over_is_pending_in_play_until_the_count_passes_the_line()
    {
        var twoGoals = new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Away, 25).Live(80);

        Team(Market.Goals, Selection.Over, 2.5m).Settle(twoGoals).ShouldBePending();
        // 2.0 at 2: a push now, a win with one more goal.
        Team(Market.Goals, Selection.Over, 2m).Settle(twoGoals).ShouldBePending();
        // 1.75 (1.5 and 2.0) at 2: half won now, won with one more.
        Team(Market.Goals, Selection.Over, 1.75m).Settle(twoGoals).ShouldBePending();
        Team(Market.Goals, Selection.Over, 1.75m).Settle(twoGoals.Goal(Side.Home, 85)).ShouldBe(SettlementStatus.Won, 3m, 20m, 10m);
    }

    [Fact]
    public void Under_is_pending_in_play_unless_already_lost()
    {
        var twoGoals = new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Away, 25).Live(88);

        Team(Market.Goals, Selection.Under, 2.5m).Settle(twoGoals).ShouldBePending();
        Team(Market.Goals, Selection.Under, 2.25m).Settle(twoGoals).ShouldBePending();
        Team(Market.Goals, Selection.Under, 1.5m).Settle(twoGoals).ShouldBe(SettlementStatus.Lost, 2m, 0m, -10m);
        // 1.75 (1.5 and 2.0) at 2 is half lost so far, but only lost outright past 2.0.
        Team(Market.Goals, Selection.Under, 1.75m).Settle(twoGoals).ShouldBePending();
        Team(Market.Goals, Selection.Under, 1.75m).Settle(twoGoals.Goal(Side.Away, 89)).ShouldBe(SettlementStatus.Lost, 3m, 0m, -10m);
    }

    [Fact]
    public void Under_is_won_only_at_the_final_whistle()
    {
        Team(Market.Goals, Selection.Under, 0.5m).Settle(new MatchBuilder().Live(90, 4)).ShouldBePending();
        Team(Market.Goals, Selection.Under, 0.5m).Settle(new MatchBuilder().FullTime()).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
    }

    [Fact]
    public void Nothing_is_decided_before_kickoff() =>
        Team(Market.Corners, Selection.Under, 9.5m).Settle(new MatchBuilder()).ShouldBePending();

    [Fact]
    public void Whole_match_team_stats_count_in_play_when_there_is_no_period_split()
    {
        var match = new MatchBuilder().Live(60).TeamStat(Stat.Corners, 5, 2);

        Team(Market.Corners, Selection.Over, 4.5m, BetScope.Home).Settle(match).ShouldBe(SettlementStatus.Won, 5m, 20m, 10m);
        Team(Market.Corners, Selection.Over, 6.5m).Settle(match).ShouldBe(SettlementStatus.Won, 7m, 20m, 10m);
        Team(Market.Corners, Selection.Over, 2.5m, BetScope.Away).Settle(match).ShouldBePending();
    }

    [Fact]
    public void In_play_with_only_the_first_half_split_the_events_count_the_whole_match()
    {
        // No whole-match column yet: it must not read as zero cards.
        var match = new MatchBuilder().Live(60)
            .TeamStat(Stat.YellowCards, MatchPeriod.FirstHalf, 0, 1)
            .TeamStat(Stat.Corners, MatchPeriod.FirstHalf, 2, 2)
            .Card(Side.Away, 23, 1)
            .Card(Side.Away, 54, 2);

        Team(Market.YellowCards, Selection.Over, 1.5m).Settle(match).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        Team(Market.YellowCards, Selection.Under, 1.5m).Settle(match).ShouldBe(SettlementStatus.Lost, 2m, 0m, -10m);
        Team(Market.Corners, Selection.Under, 9.5m).Settle(match).ShouldBePending();
    }

    [Fact]
    public void A_first_half_bet_is_decided_at_half_time_and_not_before()
    {
        var firstHalf = new MatchBuilder().TeamStat(Stat.Corners, MatchPeriod.FirstHalf, 1, 0);
        var bet = Team(Market.Corners, Selection.Under, 1.5m, period: BetPeriod.FirstHalf);

        bet.Settle(firstHalf.Live(45, 2)).ShouldBePending();
        var atHalfTime = bet.Settle(firstHalf.HalfTime());

        atHalfTime.ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        atHalfTime.FixtureState.Should().Be(MatchStatus.HalfTime);
    }

    [Fact]
    public void A_first_half_bet_ignores_the_second_half()
    {
        var match = new MatchBuilder().Goal(Side.Home, 45, added: 2).Goal(Side.Away, 46).Goal(Side.Away, 80).Live(85);

        Team(Market.Goals, Selection.Under, 1.5m, period: BetPeriod.FirstHalf).Settle(match).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }

    [Fact]
    public void A_second_half_bet_counts_only_second_half_goals()
    {
        var match = new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Home, 30).Goal(Side.Away, 60).FullTime();

        Team(Market.Goals, Selection.Under, 1.5m, period: BetPeriod.SecondHalf).Settle(match).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Team(Market.Goals, Selection.Over, 0.5m, BetScope.Home, BetPeriod.SecondHalf).Settle(match).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
    }

    [Fact]
    public void A_second_half_bet_is_pending_at_half_time() =>
        Team(Market.Goals, Selection.Under, 0.5m, period: BetPeriod.SecondHalf).Settle(new MatchBuilder().HalfTime()).ShouldBePending();

    [Fact]
    public void Extra_time_goals_never_count()
    {
        var match = new MatchBuilder().Goal(Side.Home, 20).Goal(Side.Away, 70).Goal(Side.Home, 105).AfterExtraTime();

        Team(Market.Goals, Selection.Over, 2.5m).Settle(match).ShouldBe(SettlementStatus.Lost, 2m, 0m, -10m);
        Team(Market.Goals, Selection.Over, 1.5m, BetScope.Home).Settle(match).ShouldBe(SettlementStatus.Lost, 1m, 0m, -10m);
    }

    [Fact]
    public void A_full_time_under_is_decided_at_the_end_of_regulation_even_before_extra_time_ends() =>
        Team(Market.Goals, Selection.Under, 2.5m)
            .Settle(new MatchBuilder().Goal(Side.Home, 20).Goal(Side.Away, 70).Goal(Side.Home, 100).Live(101))
            .ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);

    [Fact]
    public void Extra_time_team_stats_are_left_out_using_the_period_split()
    {
        var match = new MatchBuilder().AfterExtraTime()
            .TeamStat(Stat.Corners, 6, 4)
            .TeamStat(Stat.Corners, MatchPeriod.FirstHalf, 2, 1)
            .TeamStat(Stat.Corners, MatchPeriod.SecondHalf, 2, 2)
            .TeamStat(Stat.Corners, MatchPeriod.FirstExtraHalf, 1, 1)
            .TeamStat(Stat.Corners, MatchPeriod.SecondExtraHalf, 1, 0);

        Team(Market.Corners, Selection.Under, 7.5m).Settle(match).ShouldBe(SettlementStatus.Won, 7m, 20m, 10m);
    }

    [Fact]
    public void Without_a_split_an_extra_time_match_refunds_what_the_whole_match_figure_cannot_decide()
    {
        var match = new MatchBuilder().AfterExtraTime().TeamStat(Stat.Corners, 6, 4);

        Team(Market.Corners, Selection.Over, 8.5m).Settle(match).ShouldBeRefund("regulation_stat_unavailable");
        // 10 corners in 120 minutes: at most 10 in regulation, so under 10.5 has won and over 10.5 has lost.
        Team(Market.Corners, Selection.Under, 10.5m).Settle(match).ShouldBe(SettlementStatus.Won, null, 20m, 10m);
        Team(Market.Corners, Selection.Over, 10.5m).Settle(match).ShouldBe(SettlementStatus.Lost, null, 0m, -10m);
    }

    [Fact]
    public void Without_a_split_an_extra_time_count_waits_for_the_final_whistle() =>
        Team(Market.Corners, Selection.Under, 10.5m)
            .Settle(new MatchBuilder().Live(100).Goal(Side.Home, 95).TeamStat(Stat.Corners, 6, 4))
            .ShouldBePending();

    [Fact]
    public void A_half_without_its_split_is_refunded_when_the_whole_match_figure_cannot_decide()
    {
        var match = new MatchBuilder().FullTime().TeamStat(Stat.Fouls, 12, 9);

        Team(Market.Fouls, Selection.Over, 9.5m, period: BetPeriod.FirstHalf).Settle(match).ShouldBeRefund("period_stat_unavailable");
    }

    [Fact]
    public void Missing_team_stats_leave_a_count_pending_and_refund_it_at_full_time()
    {
        Team(Market.Corners, Selection.Under, 9.5m).Settle(new MatchBuilder().Live(60)).ShouldBePending();
        Team(Market.Corners, Selection.Under, 9.5m).Settle(new MatchBuilder().FullTime()).ShouldBeRefund("stat_unavailable");
    }

    [Fact]
    public void A_missing_row_in_the_split_counts_as_zero()
    {
        var match = new MatchBuilder().FullTime()
            .EmptyPeriodStats(MatchPeriod.FirstHalf)
            .TeamStat(Stat.Corners, MatchPeriod.SecondHalf, 3, 1);

        Team(Market.Offsides, Selection.Under, 0.5m).Settle(match).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        Team(Market.Corners, Selection.Over, 3.5m).Settle(match).ShouldBe(SettlementStatus.Won, 4m, 20m, 10m);
    }

    [Fact]
    public void Team_card_rows_add_the_bookings_the_events_lack_in_their_period_and_never_take_one_away()
    {
        // Events: a home yellow at 20', an away yellow at 60' and a second booking for player 9 at 70'. The rows show one
        // more home yellow in the second half, two away yellows in the first and a home red in the second, and drop the
        // first yellow of player 9's dismissal (as FotMob's rows do), which takes nothing away.
        var match = new MatchBuilder().FullTime()
            .TeamStat(Stat.YellowCards, MatchPeriod.FirstHalf, 1, 2)
            .TeamStat(Stat.YellowCards, MatchPeriod.SecondHalf, 1, 0)
            .TeamStat(Stat.RedCards, MatchPeriod.SecondHalf, 1, 1)
            .Card(Side.Home, 20, Salah)
            .Card(Side.Away, 60, 9)
            .Card(Side.Away, 70, 9, CardKind.SecondYellow);

        Team(Market.YellowCards, Selection.Over, 4.5m).Settle(match).ShouldBe(SettlementStatus.Won, 5m, 20m, 10m);
        Team(Market.YellowCards, Selection.Under, 2.5m, BetScope.Away, BetPeriod.FirstHalf).Settle(match).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        Team(Market.YellowCards, Selection.Over, 0.5m, BetScope.Away, BetPeriod.SecondHalf).Settle(match).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Team(Market.RedCards, Selection.Under, 1.5m, BetScope.Away).Settle(match).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Team(Market.RedCards, Selection.Over, 0.5m, BetScope.Home).Settle(match).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        var withLineup = match.Player(9, "Nine", Side.Away, PlayerRole.Starter, null, null, (Stat.MinutesPlayed, 70m));
        Player(Market.YellowCards, Selection.Under, 1.5m, 9).Settle(withLineup).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Player(Market.RedCards, Selection.Over, 0.5m, 9).Settle(withLineup).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }

    [Fact]
    public void Card_events_leave_out_cards_that_do_not_count()
    {
        var match = new MatchBuilder().Live(50)
            .Card(Side.Home, 12, Salah)
            .Card(Side.Away, 30, 1, recipient: CardRecipient.Coach)
            .Card(Side.Away, 40, 2, recipient: CardRecipient.PlayerNotOnPitch)
            .Card(Side.Away, 44, 3)
            .Card(Side.Away, 49, 3, CardKind.SecondYellow);

        // First half: Salah's and player 3's first yellow; the coach and the bench player do not count.
        Team(Market.YellowCards, Selection.Over, 1.5m, period: BetPeriod.FirstHalf).Settle(match).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        Team(Market.YellowCards, Selection.Under, 2.5m, period: BetPeriod.FirstHalf).Settle(match).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        Team(Market.RedCards, Selection.Over, 0.5m, BetScope.Away).Settle(match).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }

    [Fact]
    public void Shots_fall_back_to_the_shot_map_for_a_half()
    {
        var match = new MatchBuilder().Live(60)
            .TeamStat(Stat.Shots, 4, 1)
            .Shot(Side.Home, 10, Salah, onTarget: true)
            .Shot(Side.Home, 20, Nunez, onTarget: false)
            .Shot(Side.Away, 50, 9, onTarget: true);

        Team(Market.ShotsOnTarget, Selection.Under, 1.5m, period: BetPeriod.FirstHalf).Settle(match).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Team(Market.Shots, Selection.Over, 1.5m, BetScope.Home, BetPeriod.FirstHalf).Settle(match).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
    }
}
