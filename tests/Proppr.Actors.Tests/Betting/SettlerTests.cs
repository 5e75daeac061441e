using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting;

public class SettlerTests
{
    [Fact]
    public void A_decision_carries_its_time_and_the_fixture_state()
    {
        var now = new DateTimeOffset(2025, 1, 5, 18, 21, 0, TimeSpan.Zero);

        var settlement = Team(Market.Goals, Selection.Under, 0.5m).Settle(new MatchBuilder().FullTime(), now: now);

        settlement.Should().BeEquivalentTo(new Settlement
        {
            BetId = "b-1",
            Status = SettlementStatus.Won,
            ActualValue = 0m,
            Returns = 20m,
            ProfitLoss = 10m,
            SettledAt = now,
            FixtureState = MatchStatus.Finished,
        });
    }

    [Fact]
    public void An_undecided_bet_is_plain_pending_with_no_money() =>
        Team(Market.Goals, Selection.Under, 0.5m).Settle(new MatchBuilder().Live(10))
            .Should().BeEquivalentTo(new Settlement { BetId = "b-1", Status = SettlementStatus.Pending });

    [Fact]
    public void The_same_facts_give_the_same_decision()
    {
        var match = new MatchBuilder().Goal(Side.Home, 10).Goal(Side.Away, 25).Live(30).Build();
        var bet = Team(Market.Goals, Selection.Over, 1.5m);

        bet.Settle(match, now: Now).SameDecisionAs(bet.Settle(match, now: Now.AddMinutes(5))).Should().BeTrue();
    }
}
