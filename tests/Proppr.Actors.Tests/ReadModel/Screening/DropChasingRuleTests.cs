using Proppr.Actors.ReadModel.Screening;
using static Proppr.Actors.Tests.ReadModel.Screening.ScreeningBets;

namespace Proppr.Actors.Tests.ReadModel.Screening;

public sealed class DropChasingRuleTests
{
    private static readonly ScreeningSettings Settings = new()
    {
        DropWindow = TimeSpan.FromMinutes(2), DropMinPercent = 2m, DropMinBets = 2, DropMinShare = 0.5m,
    };

    [Fact]
    public void Flags_bets_placed_just_after_a_drop_on_their_own_selection_naming_the_drop()
    {
        // Pinnacle cut over 2.5 from 2.20 to 2.05 (6.82 %) at noon and 1x2 home from 1.90 to 1.80 (5.26 %) at 12:10.
        // Bets a (30 s after the first) and c (90 s after the second) follow; b comes 3 min later, d backs another selection.
        var drops = new[] { Drop(Over25, 2.20m, 2.05m, Noon), Drop(HomeWin, 1.90m, 1.80m, Noon.AddMinutes(10)) };
        var bets = new[]
        {
            Bet("a", Noon.AddSeconds(30), odds: 2.18m, pricedAs: Over25),
            Bet("b", Noon.AddMinutes(3), pricedAs: Over25),
            Bet("c", Noon.AddMinutes(11).AddSeconds(30), odds: 1.88m, pricedAs: HomeWin),
            Bet("d", Noon.AddSeconds(40), pricedAs: Over25 with { Outcome = "under" }),
            Bet("unpriced", Noon.AddSeconds(10)),
        };

        var flag = new DropChasingRule(Settings).Check(Activity(bets, drops));

        flag.Should().NotBeNull();
        flag!.Category.Should().Be(ScreeningCategory.Sharp);
        flag.Figures["bets_after_drops"].Should().Be(2);
        flag.Figures["priced_bets"].Should().Be(4);
        flag.Figures["share"].Should().Be(0.5m);
        flag.Evidence.Select(e => e.BetIds.Single()).Should().Equal("a", "c");
        flag.Evidence[0].Detail.Should().Be("bet a at 2.18 placed 30 s after Pinnacle cut Totals over 2.5 from 2.20 to 2.05 (-6.82 %)");
    }

    [Fact]
    public void Ignores_drops_smaller_than_the_minimum_and_bets_before_the_drop()
    {
        // 2.00 to 1.97 is 1.5 %; the second drop comes after the bet.
        var drops = new[] { Drop(Over25, 2.00m, 1.97m, Noon), Drop(Over25, 1.97m, 1.80m, Noon.AddMinutes(5)) };
        var bets = new[] { Bet("a", Noon.AddSeconds(30), pricedAs: Over25), Bet("b", Noon.AddMinutes(1), pricedAs: Over25) };

        new DropChasingRule(Settings).Check(Activity(bets, drops)).Should().BeNull();
    }

    [Fact]
    public void Does_not_flag_followers_that_are_a_small_share_of_the_day()
    {
        var drops = new[] { Drop(Over25, 2.20m, 2.05m, Noon) };
        var bets = new[]
        {
            Bet("a", Noon.AddSeconds(10), pricedAs: Over25), Bet("b", Noon.AddSeconds(20), pricedAs: Over25),
            Bet("c", Noon.AddHours(1), pricedAs: Over25), Bet("d", Noon.AddHours(1), pricedAs: Over25), Bet("e", Noon.AddHours(2), pricedAs: HomeWin),
        };

        new DropChasingRule(Settings).Check(Activity(bets, drops)).Should().BeNull();
    }
}
