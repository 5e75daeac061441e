using Proppr.Actors.Betting;

namespace Proppr.Actors.Odds.Books;

/// <summary>
/// How a bet's price compares with the market's last word: the sharp book's (<see cref="OddsOptions.SharpBook"/>)
/// last price for the bet's outcome at or before kickoff, and the closing-line value
/// <c>bet odds / closing odds − 1</c> as a fraction rounded half away from zero to 4 places (0.0500 is +5 %: the
/// bet beat the close). The raw closing price is used, margin included, as the definition asks.
/// </summary>
public sealed record ClosingLine(string BetId, string Bookmaker, OddsKey Key, decimal BetOdds, decimal ClosingOdds, DateTimeOffset ClosedAt, decimal Value)
{
    public const int ValueDecimals = 4;

    /// <summary>The bet's closing line in <paramref name="book"/>, or null when the feed has no market for the bet or the sharp book offered no price before kickoff.</summary>
    public static ClosingLine? For(Bet bet, FixtureBook book)
    {
        if (BetSelectionMap.Map(bet) is not { } key || book.ClosingPrice(book.Options.SharpBook, key) is not { } closing)
        {
            return null;
        }
        var value = Math.Round(bet.Odds / closing.Price - 1m, ValueDecimals, MidpointRounding.AwayFromZero);
        return new ClosingLine(bet.BetId, closing.Bookmaker, key, bet.Odds, closing.Price, closing.SeenAt, value);
    }
}
