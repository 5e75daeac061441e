using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.Rules;

public class PlayerPropTests
{
    private static readonly SettlementPolicy AppearancePolicy = SettlementPolicy.Default with { DefaultVoidRule = VoidRule.Appearance };
    private static readonly SettlementPolicy UnderWhenLeaving = SettlementPolicy.Default with { SettlePlayerUnderWhenPlayerLeaves = true };

    private static MatchBuilder SalahStarts() =>
        new MatchBuilder().Starter(Salah, "Mohamed Salah", (Stat.Shots, 3), (Stat.ShotsOnTarget, 2), (Stat.Tackles, 1), (Stat.Passes, 31));

    [Fact]
    public void A_starter_prop_settles_on_his_stats()
    {
        var match = SalahStarts().FullTime();

        Player(Market.Shots, Selection.Over, 2.5m).Settle(match).ShouldBe(SettlementStatus.Won, 3m, 20m, 10m);
        Player(Market.ShotsOnTarget, Selection.Under, 1.5m).Settle(match).ShouldBe(SettlementStatus.Lost, 2m, 0m, -10m);
        Player(Market.Passes, Selection.Over, 30.5m).Settle(match).ShouldBe(SettlementStatus.Won, 31m, 20m, 10m);
        Player(Market.Tackles, Selection.Over, 1m).Settle(match).ShouldBe(SettlementStatus.Refund, 1m, 10m, 0m, "push");
        Player(Market.Shots, Selection.Under, 3.25m).Settle(match).ShouldBe(SettlementStatus.HalfWon, 3m, 15m, 5m, "quarter_line");
    }

    [Fact]
    public void A_stat_missing_for_a_player_who_played_is_zero() =>
        Player(Market.Interceptions, Selection.Under, 0.5m).Settle(SalahStarts().FullTime()).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);

    [Fact]
    public void A_player_without_any_stats_has_no_count_but_what_the_events_carry()
    {
        // He played, but the provider gave no stats for him (no minutes): his tackles are unknown, not zero.
        static MatchBuilder NoStats() => SalahStarts().Shot(Side.Home, 20, Salah, onTarget: true).WithoutStats(Salah);

        Player(Market.Tackles, Selection.Under, 0.5m).Settle(NoStats().Live(70)).ShouldBePending();
        Player(Market.Tackles, Selection.Under, 0.5m).Settle(NoStats().FullTime()).ShouldBeRefund("stat_unavailable");
        Player(Market.ShotsOnTarget, Selection.Over, 0.5m).Settle(NoStats().Live(30)).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }

    [Fact]
    public void A_player_over_is_won_in_play_once_passed_and_an_under_waits()
    {
        var match = SalahStarts().Live(30);

        Player(Market.Shots, Selection.Over, 2.5m).Settle(match).ShouldBe(SettlementStatus.Won, 3m, 20m, 10m);
        Player(Market.Shots, Selection.Under, 3.5m).Settle(match).ShouldBePending();
        Player(Market.Shots, Selection.Under, 2.5m).Settle(match).ShouldBe(SettlementStatus.Lost, 3m, 0m, -10m);
    }

    [Fact]
    public void A_player_under_is_decided_when_he_leaves_only_under_that_policy()
    {
        var subbedOff = SalahStarts().SubbedOff(Salah, 60).Live(70);

        Player(Market.Shots, Selection.Under, 3.5m).Settle(subbedOff).ShouldBePending();
        Player(Market.Shots, Selection.Under, 3.5m).Settle(subbedOff, UnderWhenLeaving).ShouldBe(SettlementStatus.Won, 3m, 20m, 10m);
        Player(Market.Shots, Selection.Over, 3.5m).Settle(subbedOff, UnderWhenLeaving).ShouldBePending();
    }

    [Fact]
    public void A_sending_off_is_leaving_the_pitch_for_good()
    {
        var sentOff = SalahStarts().Card(Side.Home, 40, Salah).Card(Side.Home, 55, Salah, CardKind.SecondYellow).Live(70);

        Player(Market.Shots, Selection.Under, 3.5m).Settle(sentOff, UnderWhenLeaving).ShouldBe(SettlementStatus.Won, 3m, 20m, 10m);
    }

    [Fact]
    public void Under_the_starter_rule_a_substitute_who_came_on_is_refunded_once_the_match_has_started()
    {
        var cameOn = new MatchBuilder().Starter(Nunez, "Darwin Núñez").Substitute(Salah, "Mohamed Salah", 60, (Stat.Shots, 2));

        Player(Market.Shots, Selection.Over, 1.5m).Settle(cameOn.Live(70)).ShouldBeRefund("did_not_start");
    }

    [Fact]
    public void Under_the_starter_rule_a_non_starter_waits_for_kickoff() =>
        Player(Market.Shots, Selection.Over, 1.5m)
            .Settle(new MatchBuilder().Substitute(Salah, "Mohamed Salah", null))
            .ShouldBePending();

    [Fact]
    public void Under_the_starter_rule_an_unused_substitute_did_not_start() =>
        Player(Market.Shots, Selection.Over, 0.5m)
            .Settle(new MatchBuilder().Substitute(Salah, "Mohamed Salah", null).Live(1))
            .ShouldBeRefund("did_not_start");

    [Fact]
    public void A_player_absent_from_the_lineup_or_unavailable_is_not_in_the_squad()
    {
        var absent = new MatchBuilder().Starter(Nunez, "Darwin Núñez").Live(10);
        var injured = new MatchBuilder().Starter(Nunez, "Darwin Núñez").Unavailable(Salah, "Mohamed Salah").Live(10);

        Player(Market.Shots, Selection.Over, 0.5m).Settle(absent).ShouldBeRefund("not_in_squad");
        Player(Market.Shots, Selection.Over, 0.5m).Settle(injured).ShouldBeRefund("not_in_squad");
    }

    [Fact]
    public void Under_the_appearance_rule_a_substitute_who_came_on_has_action()
    {
        var cameOn = new MatchBuilder().Starter(Nunez, "Darwin Núñez").Substitute(Salah, "Mohamed Salah", 60, (Stat.Shots, 2)).Live(70);

        Player(Market.Shots, Selection.Over, 1.5m, voidRule: VoidRule.Appearance).Settle(cameOn).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        Player(Market.Shots, Selection.Over, 1.5m).Settle(cameOn, AppearancePolicy).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
    }

    [Fact]
    public void The_bets_own_void_rule_beats_the_policy_default() =>
        Player(Market.Shots, Selection.Over, 1.5m, voidRule: VoidRule.Starter)
            .Settle(new MatchBuilder().Substitute(Salah, "Mohamed Salah", 60, (Stat.Shots, 2)).Live(70), AppearancePolicy)
            .ShouldBeRefund("did_not_start");

    [Fact]
    public void Under_the_appearance_rule_an_unused_substitute_is_refunded_only_at_the_end()
    {
        var unused = new MatchBuilder().Starter(Nunez, "Darwin Núñez").Substitute(Salah, "Mohamed Salah", null);
        var bet = Player(Market.Shots, Selection.Under, 0.5m, voidRule: VoidRule.Appearance);

        bet.Settle(unused.Live(85)).ShouldBePending();
        bet.Settle(unused.FullTime()).ShouldBeRefund("did_not_play");
    }

    [Fact]
    public void Under_the_appearance_rule_a_player_absent_from_the_lineup_waits_for_the_end()
    {
        var absent = new MatchBuilder().Starter(Nunez, "Darwin Núñez");
        var bet = Player(Market.Shots, Selection.Under, 0.5m, voidRule: VoidRule.Appearance);

        bet.Settle(absent.Live(85)).ShouldBePending();
        bet.Settle(absent.FullTime()).ShouldBeRefund("not_in_squad");
    }

    [Fact]
    public void Under_the_appearance_rule_the_player_must_play_in_the_bets_half()
    {
        var cameOnLate = new MatchBuilder().Substitute(Salah, "Mohamed Salah", 60, (Stat.Shots, 2)).FullTime();
        var offAtHalfTime = SalahStarts().SubbedOff(Salah, 46).FullTime();

        Player(Market.Shots, Selection.Under, 0.5m, period: BetPeriod.FirstHalf, voidRule: VoidRule.Appearance)
            .Settle(cameOnLate).ShouldBeRefund("did_not_play");
        Player(Market.Goals, Selection.Under, 0.5m, period: BetPeriod.SecondHalf, voidRule: VoidRule.Appearance)
            .Settle(offAtHalfTime).ShouldBeRefund("did_not_play");
    }

    [Fact]
    public void A_predicted_lineup_never_voids_and_a_finished_match_without_a_lineup_is_refunded()
    {
        var predicted = new MatchBuilder().Substitute(Salah, "Mohamed Salah", null).PredictedLineup();

        Player(Market.Shots, Selection.Over, 0.5m).Settle(predicted.Live(10)).ShouldBePending();
        Player(Market.Shots, Selection.Over, 0.5m).Settle(new MatchBuilder().Live(10)).ShouldBePending();
        Player(Market.Shots, Selection.Over, 0.5m).Settle(predicted.FullTime()).ShouldBeRefund("lineup_unavailable");
    }

    [Fact]
    public void The_player_is_found_by_name_when_the_id_is_absent_or_unknown()
    {
        var match = SalahStarts().FullTime();

        (Player(Market.Shots, Selection.Over, 2.5m, playerId: null) with { PlayerName = "M. Salah" })
            .Settle(match).ShouldBe(SettlementStatus.Won, 3m, 20m, 10m);
        (Player(Market.Shots, Selection.Over, 2.5m, playerId: 1) with { PlayerName = "MOHAMED SALAH" })
            .Settle(match).ShouldBe(SettlementStatus.Won, 3m, 20m, 10m);
    }

    [Fact]
    public void An_own_goal_never_counts_for_the_player()
    {
        var ownGoal = SalahStarts().OwnGoal(Side.Away, 30, scorer: Salah).FullTime();
        var goal = SalahStarts().Goal(Side.Home, 30, scorer: Salah).FullTime();

        Player(Market.Goals, Selection.Over, 0.5m).Settle(ownGoal).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        Player(Market.Goals, Selection.Over, 0.5m).Settle(goal).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }

    [Fact]
    public void Player_cards_come_from_the_events_and_only_count_on_the_pitch()
    {
        Player(Market.YellowCards, Selection.Over, 0.5m)
            .Settle(SalahStarts().Card(Side.Home, 30, Salah).Live(35))
            .ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Player(Market.YellowCards, Selection.Under, 0.5m)
            .Settle(SalahStarts().SubbedOff(Salah, 70).Card(Side.Home, 80, Salah, recipient: CardRecipient.PlayerNotOnPitch).FullTime())
            .ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        Player(Market.RedCards, Selection.Over, 0.5m)
            .Settle(SalahStarts().Card(Side.Home, 30, Salah, CardKind.Red).Live(35))
            .ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }

    [Fact]
    public void In_extra_time_a_whole_match_stat_that_cannot_be_split_refunds_what_it_cannot_decide()
    {
        var match = new MatchBuilder().Starter(Salah, "Mohamed Salah", (Stat.Shots, 4)).AfterExtraTime();

        Player(Market.Shots, Selection.Over, 2.5m).Settle(match).ShouldBeRefund("regulation_stat_unavailable");
        // 4 shots in 120 minutes: at most 4 in regulation.
        Player(Market.Shots, Selection.Under, 4.5m).Settle(match).ShouldBe(SettlementStatus.Won, null, 20m, 10m);
    }

    [Fact]
    public void In_extra_time_an_unsplit_player_stat_waits_for_the_final_whistle() =>
        Player(Market.Shots, Selection.Under, 4.5m)
            .Settle(new MatchBuilder().Starter(Salah, "Mohamed Salah", (Stat.Shots, 4)).Live(100))
            .ShouldBePending();

    [Fact]
    public void A_player_who_left_before_extra_time_is_settled_on_his_whole_match_stats() =>
        Player(Market.Shots, Selection.Over, 2.5m)
            .Settle(new MatchBuilder().Starter(Salah, "Mohamed Salah", (Stat.Shots, 4)).SubbedOff(Salah, 80).AfterExtraTime())
            .ShouldBe(SettlementStatus.Won, 4m, 20m, 10m);

    [Fact]
    public void In_extra_time_player_shots_come_from_the_shot_map()
    {
        var match = new MatchBuilder().Starter(Salah, "Mohamed Salah", (Stat.Shots, 3))
            .Shot(Side.Home, 10, Salah, onTarget: true)
            .Shot(Side.Home, 50, Salah, onTarget: false)
            .Shot(Side.Home, 100, Salah, onTarget: true)
            .AfterExtraTime();

        Player(Market.Shots, Selection.Over, 2.5m).Settle(match).ShouldBe(SettlementStatus.Lost, 2m, 0m, -10m);
        Player(Market.ShotsOnTarget, Selection.Under, 1.5m).Settle(match).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }

    [Fact]
    public void An_extra_time_goal_does_not_count_for_the_player() =>
        Player(Market.Goals, Selection.Over, 0.5m)
            .Settle(SalahStarts().Goal(Side.Home, 105, scorer: Salah).AfterExtraTime())
            .ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);

    [Fact]
    public void A_half_bet_on_a_stat_that_cannot_be_split_is_refunded_unless_the_whole_match_figure_decides()
    {
        var match = SalahStarts();
        var over = Player(Market.Tackles, Selection.Over, 0.5m, period: BetPeriod.FirstHalf);

        over.Settle(match.Live(30)).ShouldBePending();
        over.Settle(match.FullTime()).ShouldBeRefund("period_stat_unavailable");
        // One tackle in the whole match: at most one in the first half.
        Player(Market.Tackles, Selection.Under, 1.5m, period: BetPeriod.FirstHalf).Settle(match.FullTime())
            .ShouldBe(SettlementStatus.Won, null, 20m, 10m);
    }

    [Fact]
    public void A_half_bet_settles_on_the_match_stats_of_a_player_who_was_on_only_in_that_half()
    {
        // Off at half time (a half-time change is recorded at 46'): his one tackle was a first-half tackle.
        Player(Market.Tackles, Selection.Over, 0.5m, period: BetPeriod.FirstHalf).Settle(SalahStarts().SubbedOff(Salah, 46).FullTime())
            .ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        // On at 60': his two tackles were second-half tackles; at 80' he may still make a third.
        var cameOn = new MatchBuilder().Substitute(Salah, "Mohamed Salah", 60, (Stat.Tackles, 2));
        var secondHalf = Player(Market.Tackles, Selection.Under, 2.5m, period: BetPeriod.SecondHalf, voidRule: VoidRule.Appearance);
        secondHalf.Settle(cameOn.Live(80)).ShouldBePending();
        secondHalf.Settle(cameOn.FullTime()).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
    }

    [Fact]
    public void A_starter_who_went_off_before_the_second_half_did_nothing_in_it()
    {
        // Starter rule: he started, so the prop stands; off at 30', his 3 shots and 1 tackle all came before.
        var secondHalfShots = Player(Market.Shots, Selection.Over, 0.5m, period: BetPeriod.SecondHalf);
        var secondHalfTackles = Player(Market.Tackles, Selection.Under, 0.5m, period: BetPeriod.SecondHalf);

        secondHalfTackles.Settle(SalahStarts().SubbedOff(Salah, 30).Live(70)).ShouldBePending();
        secondHalfShots.Settle(SalahStarts().SubbedOff(Salah, 30).FullTime()).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        secondHalfTackles.Settle(SalahStarts().SubbedOff(Salah, 30).FullTime()).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
    }

    [Fact]
    public void Half_bets_on_assists_and_shots_are_counted_from_the_events()
    {
        var match = SalahStarts().Goal(Side.Home, 20, scorer: Nunez, assist: Salah).Shot(Side.Home, 30, Salah, onTarget: true).Live(35);

        Player(Market.Assists, Selection.Over, 0.5m, period: BetPeriod.FirstHalf).Settle(match).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Player(Market.ShotsOnTarget, Selection.Over, 0.5m, period: BetPeriod.FirstHalf).Settle(match).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Player(Market.Shots, Selection.Under, 1.5m, period: BetPeriod.FirstHalf).Settle(match).ShouldBePending();
    }
}
