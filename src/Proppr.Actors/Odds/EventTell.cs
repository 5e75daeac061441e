using Proppr.Actors.Odds.Books;

namespace Proppr.Actors.Odds;

/// <summary>
/// What in a bookmaker's prices tells of an event on the pitch before the match data shows it: the bookmaker's prices
/// withdrawn (suspended or deleted, as books do on a goal or a red card), a goals, corners or bookings total market
/// taken down, a line of one taken down while its OVER was the likelier side (the count passed it), or its OVER price
/// falling further than drift explains (<see cref="OddsOptions.EventJumpPercent"/>). Remembers each bookmaker's last
/// totals to compare the next quote with; whether the match is in play is the caller's to judge.
/// </summary>
public sealed class EventTell(OddsOptions options)
{
    private static readonly HashSet<string> Counted = new(StringComparer.Ordinal)
    {
        MarketNames.Totals, MarketNames.TotalsFirstHalf, MarketNames.TeamTotalHome, MarketNames.TeamTotalAway,
        MarketNames.CornersTotals, MarketNames.CornersTotalsFirstHalf, MarketNames.BookingsTotals,
    };

    private readonly Dictionary<string, Dictionary<(string Market, decimal? Line), Quote>> _last = new(StringComparer.Ordinal);
    private readonly decimal _keep = 1 - (options.EventJumpPercent / 100m);

    /// <summary>Takes the tick in; true when it tells of an event.</summary>
    public bool Signals(OddsTick tick)
    {
        if (tick.Odds is not { } odds)
        {
            // Withdrawn: one bookmaker's prices, or every bookmaker's. Tells once; the next quote starts afresh.
            var had = tick.Bookmaker is { } one ? _last.Remove(one) : _last.Count > 0;
            if (tick.Bookmaker is null)
            {
                _last.Clear();
            }
            return had;
        }
        var now = Totals(odds.Entries);
        var signals = _last.TryGetValue(odds.Bookmaker, out var before) && before.Any(line => Tells(line.Key, line.Value, now));
        _last[odds.Bookmaker] = now;
        return signals;
    }

    private bool Tells((string Market, decimal? Line) key, Quote before, Dictionary<(string Market, decimal? Line), Quote> now)
    {
        if (now.TryGetValue(key, out var after))
        {
            return before.Over is { } was && after.Over is { } price && price <= was * _keep;
        }
        var marketGone = !now.Keys.Any(other => other.Market == key.Market);
        return marketGone || before.Over < before.Under;
    }

    private static Dictionary<(string Market, decimal? Line), Quote> Totals(IEnumerable<Feed.OddsEntry> entries)
    {
        var totals = new Dictionary<(string Market, decimal? Line), Quote>();
        foreach (var entry in entries.Where(e => Counted.Contains(e.Key.Market)))
        {
            var key = (entry.Key.Market, entry.Key.Line);
            var quote = totals.GetValueOrDefault(key);
            totals[key] = entry.Key.Outcome switch
            {
                OddsOutcomes.Over => quote with { Over = entry.Price },
                OddsOutcomes.Under => quote with { Under = entry.Price },
                _ => quote,
            };
        }
        return totals;
    }

    private readonly record struct Quote(decimal? Over, decimal? Under);
}
