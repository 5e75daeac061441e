namespace Proppr.Actors.Odds.Books;

/// <summary>
/// A bookmaker's price above the sharp book's fair price for the same outcome by at least the configured edge.
/// <see cref="Edge"/> is <c>Price / FairPrice − 1</c> rounded to 4 places (0.0513 is 5.13 %). It holds until
/// <see cref="ExpiresAt"/>: the older of the two prices' receipt times plus the configured expiry.
/// </summary>
public sealed record ValueBet(string Bookmaker, OddsKey Key, decimal Price, decimal FairPrice, decimal Edge, DateTimeOffset ExpiresAt)
{
    public const int EdgeDecimals = 4;
}
