using Proppr.Actors.Betting;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.RealPayloads;

/// <summary>
/// Participation rules on the real lineup of Liverpool 2-2 Man Utd (4506508): Núñez came off the bench at 60' (for
/// Díaz), was booked at 77', committed one foul and took no shot, so his stats list <c>total_shots</c> 0 and no shots
/// on target at all; Casemiro stayed on the bench; the first goal was Martinez's, at 52'.
/// </summary>
public class SubstituteParticipationTests
{
    private const long Nunez = 950561;
    private const long Casemiro = 208494;

    private static readonly RealMatch Match = new(SavedMatches.LiverpoolManUtd2025);

    private static Bet Appearance(long player, Market market, Selection selection, decimal? line = null, BetPeriod period = BetPeriod.FullTime) =>
        Player(market, selection, line, player, period, VoidRule.Appearance);

    [Fact]
    public void Under_the_appearance_rule_the_prop_stands_from_the_minute_he_comes_on()
    {
        var shots = Appearance(Nunez, Market.Shots, Selection.Over, 0.5m);
        var booked = Appearance(Nunez, Market.YellowCards, Selection.Over, 0.5m);

        shots.Settle(Match.At(59)).ShouldBePending();
        shots.Settle(Match.At(60)).ShouldBePending();
        booked.Settle(Match.At(76)).ShouldBePending();
        booked.Settle(Match.At(77)).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        shots.Settle(Match.FullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
    }

    [Fact]
    public void A_second_half_substitute_did_not_play_in_the_first_half()
    {
        var firstHalf = Appearance(Nunez, Market.Fouls, Selection.Over, 0.5m, BetPeriod.FirstHalf);

        firstHalf.Settle(Match.At(44)).ShouldBePending();
        firstHalf.Settle(Match.HalfTime).ShouldBeRefund("did_not_play");
    }

    [Fact]
    public void A_second_half_substitutes_match_stats_are_all_second_half() =>
        // He played only after 60', so his one foul is a second-half foul.
        Appearance(Nunez, Market.Fouls, Selection.Over, 0.5m, BetPeriod.SecondHalf).Settle(Match.FullTime)
            .ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);

    [Fact]
    public void Under_the_starter_rule_a_substitute_is_refunded_from_kickoff()
    {
        Player(Market.Shots, Selection.Over, 0.5m, Nunez).Settle(Match.BeforeKickoff).ShouldBePending();
        Player(Market.Shots, Selection.Over, 0.5m, Nunez).Settle(Match.At(1)).ShouldBeRefund("did_not_start");
    }

    [Fact]
    public void A_substitute_who_came_on_after_the_first_goal_is_refunded_on_first_goalscorer() =>
        Player(Market.FirstGoalscorer, Selection.Yes, playerId: Nunez).Settle(Match.FullTime).ShouldBeRefund("came_on_after_first_goal");

    [Fact]
    public void An_unused_substitute_is_refunded_at_kickoff_or_at_the_end_by_rule()
    {
        Player(Market.Fouls, Selection.Over, 0.5m, Casemiro).Settle(Match.At(1)).ShouldBeRefund("did_not_start");
        Appearance(Casemiro, Market.Fouls, Selection.Over, 0.5m).Settle(Match.At(89)).ShouldBePending();
        Appearance(Casemiro, Market.Fouls, Selection.Over, 0.5m).Settle(Match.FullTime).ShouldBeRefund("did_not_play");
        Player(Market.AnytimeGoalscorer, Selection.Yes, playerId: Casemiro).Settle(Match.FullTime).ShouldBeRefund("did_not_play");
    }

    [Fact]
    public void A_stat_missing_from_his_stats_because_it_was_zero_counts_as_zero()
    {
        Appearance(Nunez, Market.ShotsOnTarget, Selection.Under, 0.5m).Settle(Match.FullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        Appearance(Nunez, Market.ShotsOnTarget, Selection.Over, 0.5m).Settle(Match.FullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
    }
}
