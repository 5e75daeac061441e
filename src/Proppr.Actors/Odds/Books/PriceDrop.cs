namespace Proppr.Actors.Odds.Books;

/// <summary>
/// A bookmaker's price for one outcome fell: from <see cref="OldPrice"/> to <see cref="NewPrice"/>, by
/// <see cref="DropPercent"/> percent of the old price (rounded to 4 places), at <see cref="At"/>.
/// </summary>
public sealed record PriceDrop(string Bookmaker, OddsKey Key, decimal OldPrice, decimal NewPrice, decimal DropPercent, DateTimeOffset At)
{
    public const int PercentDecimals = 4;

    /// <summary>
    /// The fall from <paramref name="previous"/> to <paramref name="current"/> in percent of the old price (rounded),
    /// when it is at least <paramref name="thresholdPercent"/> (compared before rounding); null for a smaller fall, no
    /// change or a rise. 2.00 to 1.999 is 0.05 % and counts at the default threshold; 25.00 to 24.99 is 0.04 %.
    /// Computed on the provider's exact prices: a threshold met exactly must count.
    /// </summary>
    public static decimal? PercentBetween(decimal previous, decimal current, decimal thresholdPercent)
    {
        if (current >= previous)
        {
            // A rise or no change: no division needed (most ticks).
            return null;
        }
        var percent = (previous - current) / previous * 100m;
        return percent > 0m && percent >= thresholdPercent
            ? Math.Round(percent, PercentDecimals, MidpointRounding.AwayFromZero)
            : null;
    }
}
