using Proppr.Actors.Betting;

namespace Proppr.Actors.Odds.Books;

/// <summary>
/// The market moved against the house after a bet: since the bet was placed, a bookmaker cut the price of its outcome
/// below the bet's odds. <see cref="Percent"/> is how far below, in percent of the bet's odds (rounded to 2 places).
/// </summary>
public sealed record DropAgainstBet(string BetId, string Bookmaker, decimal BetOdds, decimal Price, decimal Percent, DateTimeOffset At)
{
    /// <summary>
    /// The deepest such drop among <paramref name="drops"/> (a fixture's history), or null when the feed has no market
    /// for the bet or no price fell below its odds since it was placed (since ever, for a bet without a placing time).
    /// </summary>
    public static DropAgainstBet? Find(Bet bet, IEnumerable<PriceDrop> drops)
    {
        if (BetSelectionMap.Map(bet) is not { } key || bet.Odds <= 0m)
        {
            return null;
        }
        var deepest = drops
            .Where(drop => drop.Key == key && drop.NewPrice < bet.Odds && (bet.PlacedAt is not { } placed || drop.At >= placed))
            .MinBy(drop => drop.NewPrice);
        return deepest is null
            ? null
            : new DropAgainstBet(bet.BetId, deepest.Bookmaker, bet.Odds, deepest.NewPrice,
                Math.Round((bet.Odds - deepest.NewPrice) / bet.Odds * 100m, 2, MidpointRounding.AwayFromZero), deepest.At);
    }
}
