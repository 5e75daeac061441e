using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.Rules;

public class GoalscorerTests
{
    private static readonly Bet Anytime = Player(Market.AnytimeGoalscorer, Selection.Yes);
    private static readonly Bet First = Player(Market.FirstGoalscorer, Selection.Yes) with { Odds = 6m };

    private static MatchBuilder BothStart() => new MatchBuilder().Starter(Salah, "Mohamed Salah").Starter(Nunez, "Darwin Núñez");

    private static MatchBuilder SalahOnBench(int? onMinute) =>
        new MatchBuilder().Starter(Nunez, "Darwin Núñez").Substitute(Salah, "Mohamed Salah", onMinute);

    [Fact]
    public void Anytime_is_won_as_soon_as_he_scores() =>
        Anytime.Settle(BothStart().Goal(Side.Home, 20, Salah).Live(25)).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);

    [Fact]
    public void Anytime_is_won_on_his_id_even_without_a_lineup() =>
        Anytime.Settle(new MatchBuilder().Goal(Side.Home, 10, Salah).Live(12)).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);

    [Fact]
    public void Anytime_is_lost_at_the_end_without_his_goal_and_pending_before()
    {
        Anytime.Settle(BothStart().Goal(Side.Home, 20, Nunez).Live(60)).ShouldBePending();
        Anytime.Settle(BothStart().Goal(Side.Home, 20, Nunez).FullTime()).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
    }

    [Fact]
    public void Anytime_never_counts_his_own_goal() =>
        Anytime.Settle(BothStart().OwnGoal(Side.Away, 20, Salah).FullTime()).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);

    [Fact]
    public void Anytime_never_counts_extra_time() =>
        Anytime.Settle(BothStart().Goal(Side.Home, 110, Salah).AfterExtraTime()).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);

    [Fact]
    public void Anytime_always_uses_the_appearance_rule()
    {
        // The default policy is the starter rule; goalscorer markets ignore it.
        Anytime.Settle(SalahOnBench(60).Goal(Side.Home, 75, Salah).Live(80)).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Anytime.Settle(SalahOnBench(60).FullTime()).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        Anytime.Settle(SalahOnBench(null).Live(80)).ShouldBePending();
        Anytime.Settle(SalahOnBench(null).FullTime()).ShouldBeRefund("did_not_play");
        Anytime.Settle(new MatchBuilder().Starter(Nunez, "Darwin Núñez").FullTime()).ShouldBeRefund("not_in_squad");
    }

    [Fact]
    public void First_is_won_by_the_first_goal()
    {
        // 10 at 6.0.
        First.Settle(BothStart().Goal(Side.Home, 10, Salah).Goal(Side.Home, 30, Nunez).Live(35)).ShouldBe(SettlementStatus.Won, 1m, 60m, 50m);
    }

    [Fact]
    public void First_is_lost_as_soon_as_someone_else_scores_it() =>
        First.Settle(BothStart().Goal(Side.Home, 10, Nunez).Live(12)).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);

    [Fact]
    public void First_skips_own_goals() =>
        First.Settle(BothStart().OwnGoal(Side.Home, 5, 77).Goal(Side.Home, 20, Salah).Live(25)).ShouldBe(SettlementStatus.Won, 1m, 60m, 50m);

    [Fact]
    public void First_is_refunded_when_he_came_on_after_the_first_goal() =>
        First.Settle(SalahOnBench(60).Goal(Side.Home, 30, Nunez).Live(65)).ShouldBeRefund("came_on_after_first_goal");

    [Fact]
    public void First_reads_his_substitution_from_the_events_when_the_lineup_has_no_time()
    {
        var match = new MatchBuilder().Starter(Nunez, "Darwin Núñez")
            .Player(Salah, "Mohamed Salah", Side.Home, PlayerRole.SubstituteUsed, null, null)
            .Substitution(Side.Home, 70, Salah, Nunez)
            .Goal(Side.Home, 30, Nunez)
            .Live(75);

        First.Settle(match).ShouldBeRefund("came_on_after_first_goal");
    }

    [Fact]
    public void First_is_lost_when_he_came_on_before_the_first_goal() =>
        First.Settle(SalahOnBench(60).Goal(Side.Home, 70, Nunez).Live(75)).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);

    [Fact]
    public void First_is_lost_when_he_went_off_before_the_first_goal() =>
        First.Settle(BothStart().SubbedOff(Salah, 20).Goal(Side.Home, 70, Nunez).Live(75)).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);

    [Fact]
    public void First_waits_for_an_unused_substitute_until_the_end()
    {
        First.Settle(SalahOnBench(null).Goal(Side.Home, 30, Nunez).Live(50)).ShouldBePending();
        First.Settle(SalahOnBench(null).Goal(Side.Home, 30, Nunez).FullTime()).ShouldBeRefund("did_not_play");
    }

    [Fact]
    public void First_is_lost_when_regulation_ends_without_a_goal()
    {
        First.Settle(BothStart().Live(80)).ShouldBePending();
        First.Settle(BothStart().FullTime()).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        First.Settle(BothStart().Goal(Side.Home, 100, Salah).AfterExtraTime()).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
    }

    [Fact]
    public void First_goals_at_the_same_moment_are_a_dead_heat() =>
        // Two tied: 10 / 2 × 6.0 = 30.
        First.Settle(BothStart().Goal(Side.Home, 30, Salah).Goal(Side.Away, 30, 99).Live(35))
            .ShouldBe(SettlementStatus.Won, 1m, 30m, 20m, "dead_heat");
}
