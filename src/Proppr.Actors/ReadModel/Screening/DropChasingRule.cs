using System.Globalization;
using Proppr.Actors.Odds.Books;

namespace Proppr.Actors.ReadModel.Screening;

/// <summary>
/// Arbitrage-like play: the client's bets come just after a bookmaker cut the price of the same selection (the client
/// takes the stale price elsewhere). A bet follows a drop when it was placed at most
/// <see cref="ScreeningSettings.DropWindow"/> after a drop of at least <see cref="ScreeningSettings.DropMinPercent"/> on
/// its fixture and outcome, by any bookmaker. Flagged with enough such bets making up enough of the day's priced bets.
/// </summary>
public sealed class DropChasingRule(ScreeningSettings settings) : IScreeningRule
{
    public ScreeningFlag? Check(ClientActivity activity)
    {
        var priced = activity.DayBets.Where(bet => bet.PricedAs is not null).ToArray();
        var followers = priced
            .Select(bet => (Bet: bet, Drop: LastDropBefore(bet, activity.Drops.GetValueOrDefault(bet.FixtureId) ?? [])))
            .Where(pair => pair.Drop is not null)
            .ToArray();
        if (followers.Length == 0 || followers.Length < settings.DropMinBets)
        {
            return null;
        }
        var share = Math.Round((decimal)followers.Length / priced.Length, 4, MidpointRounding.AwayFromZero);
        if (share < settings.DropMinShare)
        {
            return null;
        }
        return new ScreeningFlag(
            FlagKind.DropChasing,
            ScreeningCategory.Sharp,
            $"{followers.Length} of {priced.Length} priced bets placed within {settings.DropWindow.TotalMinutes:0.#} min after a price drop on the same selection",
            new Dictionary<string, decimal>
            {
                ["bets_after_drops"] = followers.Length,
                ["priced_bets"] = priced.Length,
                ["share"] = share,
                ["min_share"] = settings.DropMinShare,
            },
            [.. followers.Select(pair => new FlagEvidence([pair.Bet.BetId], Describe(pair.Bet, pair.Drop!)))]);
    }

    private PriceDrop? LastDropBefore(ScreenedBet bet, IReadOnlyList<PriceDrop> drops) => drops
        .Where(drop => drop.Key == bet.PricedAs && drop.DropPercent >= settings.DropMinPercent &&
                       drop.At <= bet.PlacedAt && bet.PlacedAt - drop.At <= settings.DropWindow)
        .MaxBy(drop => drop.At);

    private static string Describe(ScreenedBet bet, PriceDrop drop)
    {
        var key = drop.Key;
        var selection = string.Join(' ', new[] { key.Market, key.Label, key.Outcome, key.Line?.ToString(CultureInfo.InvariantCulture) }.Where(part => part is not null));
        return string.Create(CultureInfo.InvariantCulture,
            $"bet {bet.BetId} at {bet.Odds} placed {(bet.PlacedAt - drop.At).TotalSeconds:0} s after {drop.Bookmaker} cut {selection} from {drop.OldPrice} to {drop.NewPrice} (-{drop.DropPercent:0.##} %)");
    }
}
