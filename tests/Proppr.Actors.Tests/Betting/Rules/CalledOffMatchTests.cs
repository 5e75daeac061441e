using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.Rules;

public class CalledOffMatchTests
{
    private static readonly Bet Over = Team(Market.Goals, Selection.Over, 2.5m);

    [Fact]
    public void A_postponed_match_keeps_bets_pending_within_the_window() =>
        Over.Settle(new MatchBuilder().Postponed(), now: MatchBuilder.Kickoff.AddHours(47)).ShouldBePending();

    [Fact]
    public void A_postponed_match_refunds_bets_once_the_window_has_passed()
    {
        var settlement = Over.Settle(new MatchBuilder().Postponed(), now: MatchBuilder.Kickoff.AddHours(48));

        settlement.ShouldBeRefund("postponed");
        settlement.FixtureState.Should().Be(MatchStatus.Postponed);
    }

    [Fact]
    public void The_postponement_window_is_policy()
    {
        var twelveHours = SettlementPolicy.Default with { PostponementWindow = TimeSpan.FromHours(12) };

        Over.Settle(new MatchBuilder().Postponed(), twelveHours, MatchBuilder.Kickoff.AddHours(13)).ShouldBeRefund("postponed");
    }

    [Fact]
    public void The_window_runs_from_the_bets_kickoff_when_the_match_has_none()
    {
        var postponed = new MatchBuilder().Postponed().WithoutKickoff();
        var late = MatchBuilder.Kickoff.AddDays(3);

        (Over with { Kickoff = MatchBuilder.Kickoff }).Settle(postponed, now: late).ShouldBeRefund("postponed");
        Over.Settle(postponed, now: late).ShouldBePending();
    }

    [Fact]
    public void A_cancelled_match_refunds_its_bets() =>
        Over.Settle(new MatchBuilder().Cancelled()).ShouldBeRefund("cancelled");

    [Fact]
    public void An_abandoned_match_keeps_what_was_decided_and_refunds_the_rest()
    {
        var abandoned = new MatchBuilder().Starter(Salah, "Mohamed Salah").Substitute(Nunez, "Darwin Núñez", null)
            .Goal(Side.Home, 10, Salah).Goal(Side.Home, 30).AbandonedAt(60).Build();

        Team(Market.Goals, Selection.Over, 1.5m).Settle(abandoned).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        Team(Market.Goals, Selection.Under, 1.5m).Settle(abandoned).ShouldBe(SettlementStatus.Lost, 2m, 0m, -10m);
        Team(Market.Goals, Selection.Under, 2.5m).Settle(abandoned).ShouldBeRefund("abandoned");
        Team(Market.MatchResult, Selection.Home, period: BetPeriod.FirstHalf).Settle(abandoned).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        Team(Market.MatchResult, Selection.Home).Settle(abandoned).ShouldBeRefund("abandoned");
        Team(Market.BothTeamsToScore, Selection.No).Settle(abandoned).ShouldBeRefund("abandoned");
        Player(Market.AnytimeGoalscorer, Selection.Yes).Settle(abandoned).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Player(Market.Shots, Selection.Over, 0.5m, playerId: Nunez).Settle(abandoned).ShouldBeRefund("did_not_start");
        Player(Market.Shots, Selection.Over, 0.5m, playerId: Nunez, voidRule: VoidRule.Appearance).Settle(abandoned).ShouldBeRefund("abandoned");
    }
}
