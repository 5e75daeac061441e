using Proppr.Actors.Odds;

namespace Proppr.Actors.Tests.Odds;

public class NoVigTests
{
    [Fact]
    public void Two_way_prices_lose_their_margin_proportionally()
    {
        // 1/1.90 + 1/2.00 = 0.526316 + 0.5 = 1.026316; fair = price × 1.026316: 1.95 and 2.052632.
        NoVig.Overround([1.90m, 2.00m]).Should().BeApproximately(1.026316m, 0.0000005m);
        NoVig.FairPrices([1.90m, 2.00m]).Should().Equal(1.95m, 2.052632m);
    }

    [Fact]
    public void Three_way_prices_lose_their_margin_proportionally()
    {
        // 1/2 + 1/3.4 + 1/4 = 1.044118; fair = 2.088235, 3.55, 4.176471.
        NoVig.FairPrices([2.00m, 3.40m, 4.00m]).Should().Equal(2.088235m, 3.55m, 4.176471m);
    }

    [Fact]
    public void Fair_prices_imply_probabilities_that_add_up_to_one()
    {
        var fair = NoVig.FairPrices([1.44m, 2.62m]);

        fair.Sum(price => 1m / price).Should().BeApproximately(1m, 0.000001m);
    }

    [Fact]
    public void A_book_without_margin_is_already_fair() => NoVig.FairPrices([2.00m, 2.00m]).Should().Equal(2.00m, 2.00m);

    [Fact]
    public void A_book_needs_two_real_prices()
    {
        FluentActions.Invoking(() => NoVig.FairPrices([1.90m])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => NoVig.FairPrices([1.00m, 2.00m])).Should().Throw<ArgumentException>();
    }
}
