namespace Proppr.Actors.Odds;

/// <summary>
/// Fair ("no-vig") prices: a bookmaker's prices for every outcome of one event imply probabilities (1 / price) that
/// add up to more than 1; the excess is the bookmaker's margin. The multiplicative (proportional) method scales each
/// implied probability down by the same factor, the <see cref="Overround"/>, so they add up to exactly 1:
/// <code>
///   fair probability = (1 / price) / Σ (1 / price_j)      fair price = price × Σ (1 / price_j)
/// </code>
/// Example: 1.90 / 2.00 gives Σ = 1.026316 (a 2.63 % margin) and fair prices 1.95 / 2.052632.
/// Fair prices are rounded to <see cref="Decimals"/> places: far finer than any quoted price, and it keeps floating
/// point noise (1.9499999…) out of later comparisons. Prices are <c>double</c>: they are odds, not money, and the
/// book computes them on every tick (see <see cref="Books.FixtureBook"/>).
/// </summary>
public static class NoVig
{
    public const int Decimals = 6;

    /// <summary>The sum of the implied probabilities: 1 for a fair book, 1.05 for a 5 % margin.</summary>
    public static double Overround(IReadOnlyList<double> prices)
    {
        if (prices.Count < 2)
        {
            throw new ArgumentException("a book needs at least two outcomes", nameof(prices));
        }
        if (prices.Any(price => price <= 1d))
        {
            throw new ArgumentException("decimal prices are greater than 1", nameof(prices));
        }
        return prices.Sum(price => 1d / price);
    }

    /// <summary>The fair price of each outcome, in the order given.</summary>
    public static IReadOnlyList<double> FairPrices(IReadOnlyList<double> prices)
    {
        var overround = Overround(prices);
        return prices.Select(price => FairPrice(price, overround)).ToArray();
    }

    /// <summary>One outcome's fair price, given its book's <see cref="Overround"/>.</summary>
    public static double FairPrice(double price, double overround) =>
        Math.Round(price * overround, Decimals, MidpointRounding.AwayFromZero);
}
