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
        // Each fixture's qualifying drops by outcome, in time order: a bet finds its last drop by binary search.
        var dropsByOutcome = activity.Drops.ToDictionary(
            fixture => fixture.Key,
            fixture => fixture.Value.Where(drop => drop.DropPercent >= settings.DropMinPercent)
                .GroupBy(drop => drop.Key)
                .ToDictionary(outcome => outcome.Key, outcome => outcome.OrderBy(drop => drop.At).ToArray()));
        var followers = priced
            .Select(bet => (Bet: bet, Drop: LastDropBefore(bet, (dropsByOutcome.TryGetValue(bet.FixtureId, out var outcomes) && outcomes.TryGetValue(bet.PricedAs!.Value, out var drops) ? drops : []))))
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

    /// <summary>The latest of <paramref name="drops"/> (one outcome's, in time order) at or before the bet, within the window.</summary>
    private PriceDrop? LastDropBefore(ScreenedBet bet, PriceDrop[] drops)
    {
        var (low, high) = (0, drops.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = drops[middle].At <= bet.PlacedAt ? (middle + 1, high) : (low, middle);
        }
        // Of drops at the same moment, the first in the book's order, as a scan keeping the first maximum would.
        var last = low - 1;
        while (last > 0 && drops[last - 1].At == drops[last].At)
        {
            last--;
        }
        return last >= 0 && bet.PlacedAt - drops[last].At <= settings.DropWindow ? drops[last] : null;
    }

    private static string Describe(ScreenedBet bet, PriceDrop drop)
    {
        var key = drop.Key;
        var selection = string.Join(' ', new[] { key.Market, key.Label, key.Outcome, key.Line?.ToString(CultureInfo.InvariantCulture) }.Where(part => part is not null));
        return string.Create(CultureInfo.InvariantCulture,
            $"bet {bet.BetId} at {bet.Odds} placed {(bet.PlacedAt - drop.At).TotalSeconds:0} s after {drop.Bookmaker} cut {selection} from {drop.OldPrice} to {drop.NewPrice} (-{drop.DropPercent:0.##} %)");
    }
}
