using Proppr.Actors.Odds;

namespace Proppr.Actors.Tests.Odds;

public class OddsNamesTests
{
    [Theory]
    [InlineData("Bet365", "Bet365")]
    [InlineData("Bet365 (no latency)", "Bet365")]
    [InlineData("  Bet365(no latency) ", "Bet365")]
    [InlineData("Betfair Exchange", "Betfair Exchange")]
    [InlineData("(unnamed)", "(unnamed)")]
    public void A_bookmaker_variant_belongs_to_the_name_before_its_parenthesis(string name, string bookmaker) =>
        BookmakerName.Normalise(name).Should().Be(bookmaker);

    [Theory]
    [InlineData("ML", "ML")]
    [InlineData("Moneyline", "ML")]
    [InlineData("1X2", "ML")]
    [InlineData(" Totals ", "Totals")]
    [InlineData("1st Map Moneyline", "1st Map Moneyline")]
    public void Moneyline_aliases_fold_into_ML(string name, string market) => MarketNames.Normalise(name).Should().Be(market);

    [Fact]
    public void A_line_written_with_trailing_zeros_is_the_same_key()
    {
        var a = new OddsKey(MarketNames.Totals, OddsOutcomes.Over, 2.5m);
        var b = new OddsKey(MarketNames.Totals, OddsOutcomes.Over, 2.50m);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }
}
