using Proppr.Actors.Betting;
using Proppr.Actors.ReadModel.Screening;
using static Proppr.Actors.Tests.ReadModel.Screening.ScreeningBets;

namespace Proppr.Actors.Tests.ReadModel.Screening;

public sealed class StakeEscalationRuleTests
{
    private static readonly ScreeningSettings Settings = new() { EscalationFactor = 2m, EscalationMinCount = 2 };

    [Fact]
    public void Flags_stakes_doubled_on_the_first_bet_after_each_loss()
    {
        // a loses 10 (settled 12:30); b stakes 25 at 12:40 (2.5x). b loses (13:30); c stakes 50 at 13:35 (2x).
        // d at 13:40 stakes 200 but learned of no new loss since c.
        var bets = new[]
        {
            Bet("a", Noon, stake: 10m, status: SettlementStatus.Lost, settledAt: Noon.AddMinutes(30)),
            Bet("b", Noon.AddMinutes(40), stake: 25m, status: SettlementStatus.Lost, settledAt: Noon.AddMinutes(90)),
            Bet("c", Noon.AddMinutes(95), stake: 50m),
            Bet("d", Noon.AddMinutes(100), stake: 200m),
        };

        var flag = new StakeEscalationRule(Settings).Check(Activity(bets));

        flag.Should().NotBeNull();
        flag!.Category.Should().Be(ScreeningCategory.Risky);
        flag.Figures["escalations"].Should().Be(2);
        flag.Figures["largest_ratio"].Should().Be(2.5m);
        flag.Evidence.Select(e => e.BetIds).Should().BeEquivalentTo(new[] { new[] { "a", "b" }, new[] { "b", "c" } }, options => options.WithStrictOrdering());
        flag.Evidence[0].Detail.Should().Be("bet b staked 25 (2.5x) after bet a lost 10");
    }

    [Fact]
    public void Compares_with_the_largest_of_the_losses_learned_together_and_ignores_wins()
    {
        // a (10) and b (40) lose together at 13:00; c stakes 50 (1.25x of 40). d wins, then e stakes 500.
        var bets = new[]
        {
            Bet("a", Noon, stake: 10m, status: SettlementStatus.Lost, settledAt: Noon.AddHours(1)),
            Bet("b", Noon.AddMinutes(1), stake: 40m, status: SettlementStatus.HalfLost, settledAt: Noon.AddHours(1)),
            Bet("c", Noon.AddMinutes(70), stake: 50m),
            Bet("d", Noon.AddMinutes(71), stake: 10m, status: SettlementStatus.Won, settledAt: Noon.AddMinutes(80)),
            Bet("e", Noon.AddMinutes(90), stake: 500m),
        };

        new StakeEscalationRule(Settings with { EscalationMinCount = 1 }).Check(Activity(bets)).Should().BeNull();
    }
}
