using Proppr.Actors.Odds;

namespace Proppr.Actors.Tests.Odds;

public class NoVigTests
{
    [Fact]
    public void Two_way_prices_lose_their_margin_proportionally()
    {
        // 1/1.90 + 1/2.00 = 0.526316 + 0.5 = 1.026316; fair = price × 1.026316: 1.95 and 2.052632.
        NoVig.Overround([1.90, 2.00]).Should().BeApproximately(1.026316, 0.0000005);
        NoVig.FairPrices([1.90, 2.00]).Should().Equal(1.95, 2.052632);
    }

    [Fact]
    public void Three_way_prices_lose_their_margin_proportionally()
    {
        // 1/2 + 1/3.4 + 1/4 = 1.044118; fair = 2.088235, 3.55, 4.176471.
        NoVig.FairPrices([2.00, 3.40, 4.00]).Should().Equal(2.088235, 3.55, 4.176471);
    }

    [Fact]
    public void Fair_prices_imply_probabilities_that_add_up_to_one()
    {
        var fair = NoVig.FairPrices([1.44, 2.62]);

        fair.Sum(price => 1 / price).Should().BeApproximately(1, 0.000001);
    }

    [Fact]
    public void A_book_without_margin_is_already_fair() => NoVig.FairPrices([2.00, 2.00]).Should().Equal(2.00, 2.00);

    [Fact]
    public void A_book_needs_two_real_prices()
    {
        FluentActions.Invoking(() => NoVig.FairPrices([1.90])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => NoVig.FairPrices([1.00, 2.00])).Should().Throw<ArgumentException>();
    }
}
