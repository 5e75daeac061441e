using System.Buffers;

namespace Proppr.Actors.Betting;

/// <summary>
/// Every bound on what a bet, and a request of bets, may hold (<c>spec/bets.md</c>, "Limits"). In one place so the reader,
/// the validator, the intake and the money arithmetic agree: with these bounds no sum of accepted bets can overflow a
/// decimal (10^7 stake × 10^4 odds per bet leaves room for 10^17 bets).
/// </summary>
public static class BetLimits
{
    /// <summary>The largest body <c>POST /api/bets</c> reads; a larger one is refused whole (413).</summary>
    public const long MaxBodyBytes = 16 * 1024 * 1024;

    /// <summary>The most bets one request may carry; more is refused whole (413): send the rest in another request.</summary>
    public const int MaxBetsPerRequest = 10_000;

    /// <summary>Ids (<c>bet_id</c>, <c>odds_fixture_id</c>) are fetched back by URL: short, and of <see cref="IsIdText"/>'s alphabet.</summary>
    public const int MaxIdLength = 128;

    /// <summary>Free text: team, player, source and client names.</summary>
    public const int MaxTextLength = 200;

    public const decimal MaxOdds = 10_000m;

    public const decimal MaxStake = 10_000_000m;

    /// <summary>A count line (goals, corners, passes of a whole match ...).</summary>
    public const decimal MaxCountLine = 10_000m;

    /// <summary>An Asian handicap line, either side.</summary>
    public const decimal MaxHandicap = 50m;

    /// <summary>FotMob ids (fixtures, players) are positive 32-bit integers.</summary>
    public const long MaxProviderId = int.MaxValue;

    /// <summary>Times (<c>placed_at</c>, <c>kickoff</c>) from 2000 up to, not including, 2100.</summary>
    public static readonly DateTimeOffset EarliestTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <inheritdoc cref="EarliestTime"/>
    public static readonly DateTimeOffset LatestTime = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Reserved in a URL path or query; an id holding one could not be fetched back by <c>GET /api/bets/{id}</c>.</summary>
    private static readonly SearchValues<char> UrlReserved = SearchValues.Create("/\\?#%");

    /// <summary>
    /// An id that survives a URL path segment as it is: no control characters, whitespace, lone surrogates or
    /// <c>/ \ ? # %</c>, and not a dot segment (<c>.</c>, <c>..</c>), which clients collapse.
    /// </summary>
    public static bool IsIdText(string id)
    {
        if (id.Length is 0 or > MaxIdLength || id is "." or ".." || id.AsSpan().ContainsAny(UrlReserved))
        {
            return false;
        }
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
            if (char.IsHighSurrogate(c) && i + 1 < id.Length && char.IsLowSurrogate(id[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }
        return true;
    }

    public static bool IsProviderId(long id) => id is >= 1 and <= MaxProviderId;

    public static bool IsTime(DateTimeOffset time) => time >= EarliestTime && time < LatestTime;

    /// <summary>
    /// Whether money figures (a stake, returns, a profit) are ones an accepted bet can have: the calculators leave out
    /// anything else (a row journaled before these limits), so one bad row cannot break a report.
    /// </summary>
    public static bool IsCountableMoney(decimal stake, decimal returns, decimal profitLoss) =>
        stake is >= 0m and <= MaxStake &&
        Math.Abs(returns) <= MaxStake * MaxOdds &&
        Math.Abs(profitLoss) <= MaxStake * MaxOdds;
}
