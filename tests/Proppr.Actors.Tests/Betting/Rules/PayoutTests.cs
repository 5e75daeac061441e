using Proppr.Actors.Betting;

namespace Proppr.Actors.Tests.Betting.Rules;

public class PayoutTests
{
    [Fact]
    public void A_win_returns_stake_times_odds() => Payout.For(10m, 2.5m, Outcome.Win).Should().Be((25m, 15m));

    [Fact]
    public void A_loss_returns_nothing() => Payout.For(10m, 2.5m, Outcome.Loss).Should().Be((0m, -10m));

    [Fact]
    public void A_refund_returns_the_stake() => Payout.For(10m, 2.5m, Outcome.Refund).Should().Be((10m, 0m));

    [Fact]
    public void A_half_win_returns_stake_times_odds_plus_one_over_two() =>
        // 10 × (1.95 + 1) / 2 = 14.75: the example of spec/bets.md.
        Payout.For(10m, 1.95m, new Outcome(true, 0.5m, 1m)).Should().Be((14.75m, 4.75m));

    [Fact]
    public void A_half_loss_returns_half_the_stake() => Payout.For(10m, 1.95m, new Outcome(false, 0.5m, 1m)).Should().Be((5m, -5m));

    [Fact]
    public void Money_is_rounded_half_away_from_zero_only_at_the_end()
    {
        // 10 × 1.333 = 13.33 exactly; half won: 10 × 2.333 / 2 = 11.665 → 11.67 (banker's rounding would give 11.66).
        Payout.For(10m, 1.333m, Outcome.Win).Should().Be((13.33m, 3.33m));
        Payout.For(10m, 1.333m, new Outcome(true, 0.5m, 1m)).Should().Be((11.67m, 1.67m));
    }

    [Fact]
    public void A_negative_midpoint_rounds_away_from_zero_too() =>
        // Half of 0.01 is 0.005 back and 0.005 lost: 0.01 and −0.01.
        Payout.For(0.01m, 3m, new Outcome(false, 0.5m, 1m)).Should().Be((0.01m, -0.01m));

    [Fact]
    public void A_dead_heat_pays_full_odds_on_the_divided_stake()
    {
        // Two tied at 6.0: 10 / 2 × 6 = 30. Three tied at 2.5: 10 / 3 × 2.5 = 8.333… → 8.33.
        Payout.For(10m, 6m, Outcome.DeadHeat(2)).Should().Be((30m, 20m));
        Payout.For(10m, 2.5m, Outcome.DeadHeat(3)).Should().Be((8.33m, -1.67m));
    }
}
