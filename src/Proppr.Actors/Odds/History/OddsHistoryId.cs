using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Proppr.Actors.Odds.Books;

namespace Proppr.Actors.Odds.History;

/// <summary>
/// The id of a stored drop or value bet: a hash of what makes it that one, so the same announcement stored twice (a
/// batch retried, a recovered fixture finding the same value bet again) is one row. A drop is its outcome, prices and
/// time; a value bet its outcome and the two prices (the same value found again is the same value bet; a new price is
/// a new one). Lines and prices are written without trailing zeros: 2.5 and 2.50 are one key.
/// </summary>
public static class OddsHistoryId
{
    public static string Of(long fixtureId, PriceDrop drop) =>
        Hash(fixtureId, drop.Bookmaker, drop.Key, Number(drop.OldPrice), Number(drop.NewPrice),
            drop.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));

    public static string Of(long fixtureId, ValueBet value) =>
        Hash(fixtureId, value.Bookmaker, value.Key, Number(value.Price), Number(value.FairPrice));

    private static string Hash(long fixtureId, string bookmaker, OddsKey key, params string[] rest)
    {
        string[] parts =
        [
            fixtureId.ToString(CultureInfo.InvariantCulture), bookmaker, key.Market, key.Outcome,
            key.Line is { } line ? Number(line) : "", key.Label ?? "", .. rest,
        ];
        // The unit separator cannot occur in a market, label or bookmaker name the feed sends as JSON text.
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(digest.AsSpan(0, 16));
    }

    private static string Number(decimal value) => value.ToString("G29", CultureInfo.InvariantCulture);
}
