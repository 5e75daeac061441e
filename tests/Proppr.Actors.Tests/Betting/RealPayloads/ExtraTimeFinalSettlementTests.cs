using Proppr.Actors.Betting;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.RealPayloads;

/// <summary>
/// Argentina 3-3 France, the 2022 World Cup final (3370572), settled on regulation time only: 2-0 at half time
/// (Messi 23' pen, Di María 36'), 2-2 after 90 (Mbappé 80' pen, 81'), then Messi 108' and Mbappé 118' pen in extra
/// time and a 4-2 shoot-out. Corners 2-0 and 2-3 in the halves, 11 with extra time.
/// </summary>
public class ExtraTimeFinalSettlementTests
{
    private const long Final = SavedMatches.ArgentinaFrance2022;
    private const long Messi = 30981;
    private const long DiMaria = 46509;
    private const long Mbappe = 701154;
    private const long Montiel = 687008;

    private static readonly RealMatch Match = new(Final);

    private static Bet TeamBet(Market market, Selection selection, decimal? line = null, BetScope scope = BetScope.Match,
        BetPeriod period = BetPeriod.FullTime) => Team(market, selection, line, scope, period).On(Final);

    private static Bet PlayerBet(long player, Market market, Selection selection, decimal? line = null, VoidRule? voidRule = null) =>
        Player(market, selection, line, player, voidRule: voidRule).On(Final);

    [Fact]
    public void The_match_result_is_the_regulation_draw_not_the_extra_time_score_or_the_shootout()
    {
        var fullTime = Match.FullTime;

        TeamBet(Market.MatchResult, Selection.Draw).Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        TeamBet(Market.MatchResult, Selection.Home).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        TeamBet(Market.MatchResult, Selection.Away).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        TeamBet(Market.AsianHandicap, Selection.Home, -0.5m).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        TeamBet(Market.AsianHandicap, Selection.Away, 0.25m).Settle(fullTime).ShouldBe(SettlementStatus.HalfWon, 0m, 15m, 5m, "quarter_line");
    }

    [Fact]
    public void The_draw_is_won_once_regulation_is_over_while_extra_time_is_still_being_played()
    {
        var draw = TeamBet(Market.MatchResult, Selection.Draw);

        draw.Settle(Match.At(90)).ShouldBePending();
        draw.Settle(Match.At(100)).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        TeamBet(Market.Goals, Selection.Under, 4.5m).Settle(Match.At(110)).ShouldBe(SettlementStatus.Won, 4m, 20m, 10m);
    }

    [Fact]
    public void Half_results_follow_the_half_time_and_second_half_scores()
    {
        TeamBet(Market.MatchResult, Selection.Home, period: BetPeriod.FirstHalf).Settle(Match.HalfTime).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        TeamBet(Market.MatchResult, Selection.Away, period: BetPeriod.SecondHalf).Settle(Match.FullTime).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
    }

    [Fact]
    public void Team_counts_leave_extra_time_out()
    {
        var fullTime = Match.FullTime;

        // Four goals in regulation, six with extra time.
        TeamBet(Market.Goals, Selection.Over, 4.5m).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 4m, 0m, -10m);
        TeamBet(Market.Goals, Selection.Over, 2.5m, BetScope.Home).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 2m, 0m, -10m);
        // Corners: 2 + 0 and 2 + 3 in the halves; FotMob's All column, with extra time, says 11.
        TeamBet(Market.Corners, Selection.Under, 7.5m).Settle(fullTime).ShouldBe(SettlementStatus.Won, 7m, 20m, 10m);
        TeamBet(Market.Corners, Selection.Over, 6.75m).Settle(fullTime).ShouldBe(SettlementStatus.HalfWon, 7m, 15m, 5m, "quarter_line");
    }

    [Fact]
    public void A_null_in_the_half_split_is_a_count_of_zero()
    {
        // FirstHalf yellow_cards is [1, null]: France were not booked before half time.
        TeamBet(Market.YellowCards, Selection.Under, 0.5m, BetScope.Away, BetPeriod.FirstHalf).Settle(Match.FullTime)
            .ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
    }

    [Fact]
    public void Player_goals_and_shots_count_regulation_time_only()
    {
        var fullTime = Match.FullTime;

        // Messi 23' and 108', Mbappé 80', 81' and 118': the extra-time goals and shoot-out kicks never count.
        PlayerBet(Messi, Market.Goals, Selection.Over, 1.5m).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 1m, 0m, -10m);
        PlayerBet(Mbappe, Market.Goals, Selection.Over, 2.5m).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 2m, 0m, -10m);
        PlayerBet(Mbappe, Market.AnytimeGoalscorer, Selection.Yes).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        PlayerBet(Messi, Market.FirstGoalscorer, Selection.Yes).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        PlayerBet(DiMaria, Market.FirstGoalscorer, Selection.Yes).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        // Messi's shots from the shot map: 23', 60' (off target), 90+7'; his match stats say 5 with extra time.
        PlayerBet(Messi, Market.Shots, Selection.Over, 3.5m).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 3m, 0m, -10m);
        PlayerBet(Messi, Market.ShotsOnTarget, Selection.Under, 2.5m).Settle(fullTime).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
    }

    [Fact]
    public void A_player_stat_regulation_cannot_separate_is_refunded()
    {
        // Fouls exist only for the whole 120 minutes: Messi's 2 may have come in extra time.
        PlayerBet(Messi, Market.Fouls, Selection.Over, 1.5m).Settle(Match.FullTime).ShouldBeRefund("regulation_stat_unavailable");
        // ...but 2 in 120 minutes is at most 2 in 90.
        PlayerBet(Messi, Market.Fouls, Selection.Under, 2.5m).Settle(Match.FullTime).ShouldBe(SettlementStatus.Won, null, 20m, 10m);
    }

    [Fact]
    public void A_substitute_who_came_on_in_extra_time_did_not_play_in_regulation()
    {
        // Montiel came on at 91' and was booked at 116'.
        PlayerBet(Montiel, Market.YellowCards, Selection.Over, 0.5m, VoidRule.Appearance).Settle(Match.FullTime).ShouldBeRefund("did_not_play");
        PlayerBet(Montiel, Market.AnytimeGoalscorer, Selection.Yes).Settle(Match.FullTime).ShouldBeRefund("did_not_play");
    }
}
