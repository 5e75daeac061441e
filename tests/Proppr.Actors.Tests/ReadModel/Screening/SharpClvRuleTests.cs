using Proppr.Actors.ReadModel.Screening;
using static Proppr.Actors.Tests.ReadModel.Screening.ScreeningBets;

namespace Proppr.Actors.Tests.ReadModel.Screening;

public sealed class SharpClvRuleTests
{
    private static readonly ScreeningSettings Settings = new() { SharpAverageClv = 0.03m, SharpMinBets = 4 };

    [Fact]
    public void Flags_an_average_at_the_threshold_over_enough_bets_with_the_bets_as_evidence()
    {
        // (0.05 + 0.04 + 0.01 + 0.02) / 4 = 0.03: at the threshold. The bet without a closing line does not count.
        var bets = new[]
        {
            Bet("a", Noon, clv: 0.05m), Bet("b", Noon.AddMinutes(1), clv: 0.04m), Bet("c", Noon.AddMinutes(2), clv: 0.01m),
            Bet("d", Noon.AddMinutes(3), clv: 0.02m), Bet("e", Noon.AddMinutes(4)),
        };

        var flag = new SharpClvRule(Settings).Check(Activity(bets));

        flag.Should().NotBeNull();
        flag!.Category.Should().Be(ScreeningCategory.Sharp);
        flag.Figures["average_clv"].Should().Be(0.03m);
        flag.Figures["bets_with_clv"].Should().Be(4);
        flag.Figures["beat_the_close"].Should().Be(4);
        flag.Evidence.Single().BetIds.Should().Equal("a", "b", "c", "d");
        flag.Summary.Should().Contain("+3 %");
    }

    [Fact]
    public void Does_not_flag_an_average_below_the_threshold()
    {
        // (0.05 + 0.04 + 0.01 + 0.01) / 4 = 0.0275.
        var bets = new[] { Bet("a", Noon, clv: 0.05m), Bet("b", Noon, clv: 0.04m), Bet("c", Noon, clv: 0.01m), Bet("d", Noon, clv: 0.01m) };

        new SharpClvRule(Settings).Check(Activity(bets)).Should().BeNull();
    }

    [Fact]
    public void Does_not_judge_too_few_bets_however_sharp()
    {
        var bets = new[] { Bet("a", Noon, clv: 0.30m), Bet("b", Noon, clv: 0.40m), Bet("c", Noon, clv: 0.20m) };

        new SharpClvRule(Settings).Check(Activity(bets)).Should().BeNull();
    }
}
