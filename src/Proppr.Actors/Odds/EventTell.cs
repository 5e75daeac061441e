using Proppr.Actors.Matches;
using Proppr.Actors.Odds.Books;

namespace Proppr.Actors.Odds;

/// <summary>
/// What in a bookmaker's prices tells of an event on the pitch before the match data shows it: the bookmaker's prices
/// withdrawn (suspended or deleted, as books do on a goal or a red card), a goals, corners or bookings total market
/// taken down (which count moved: <see cref="OddsTold"/>), a line of one taken down while its OVER still had a real chance (the count passed it; a line that runs
/// out of time goes as a long shot), or its OVER price falling further than drift explains
/// (<see cref="OddsOptions.EventJumpPercent"/>). A player's own lines (<c>Player Props</c>) tell the same way of his
/// shot or foul, which no team market moves for. Remembers each bookmaker's last lines to compare the next quote with;
/// whether the match is in play is the caller's to judge.
/// </summary>
public sealed class EventTell(OddsOptions options)
{
    /// <summary>
    /// An OVER this long (about a 5 % chance) is out of reach: books take such lines down as time runs out, so its going
    /// tells nothing. A line taken down at a shorter price was passed.
    /// </summary>
    private const decimal LongShot = 20m;

    /// <summary>The totals that tell, and the count each prices (cards as one: bookings count every card).</summary>
    private static readonly Dictionary<string, Stat> Counted = new(StringComparer.Ordinal)
    {
        [MarketNames.Totals] = Stat.Goals, [MarketNames.TotalsFirstHalf] = Stat.Goals,
        [MarketNames.TeamTotalHome] = Stat.Goals, [MarketNames.TeamTotalAway] = Stat.Goals,
        [MarketNames.CornersTotals] = Stat.Corners, [MarketNames.CornersTotalsFirstHalf] = Stat.Corners,
        [MarketNames.TeamCornersHome] = Stat.Corners, [MarketNames.TeamCornersAway] = Stat.Corners,
        [MarketNames.BookingsTotals] = Stat.YellowCards,
    };

    private readonly Dictionary<string, Dictionary<LineKey, decimal>> _last = new(StringComparer.Ordinal);
    private readonly decimal _keep = 1 - (options.EventJumpPercent / 100m);

    /// <summary>Takes the tick in; what it tells of.</summary>
    public OddsTold Signals(OddsTick tick)
    {
        if (tick.Odds is not { } odds)
        {
            // Withdrawn: one bookmaker's prices, or every bookmaker's. Tells once; the next quote starts afresh.
            var had = tick.Bookmaker is { } one ? _last.Remove(one) : _last.Count > 0;
            if (tick.Bookmaker is null)
            {
                _last.Clear();
            }
            return had ? new OddsTold(true, null, null) : OddsTold.Nothing;
        }
        var now = Lines(odds.Entries);
        var told = _last.TryGetValue(odds.Bookmaker, out var before) ? Compare(before, now) : OddsTold.Nothing;
        _last[odds.Bookmaker] = now;
        return told;
    }

    private OddsTold Compare(Dictionary<LineKey, decimal> before, Dictionary<LineKey, decimal> now)
    {
        var (counts, players) = ((HashSet<Stat>?)null, (HashSet<string>?)null);
        foreach (var (key, was) in before)
        {
            var tells = now.TryGetValue(key, out var after)
                ? after <= was * _keep
                : was < LongShot || !now.Keys.Any(other => other.Market == key.Market);
            if (!tells)
            {
                continue;
            }
            if (key.Label is { } player)
            {
                (players ??= new(StringComparer.Ordinal)).Add(player);
            }
            else
            {
                (counts ??= []).Add(Counted[key.Market]);
            }
        }
        return new OddsTold(false, counts?.ToList(), players?.ToList());
    }

    /// <summary>The OVER price of every counted line.</summary>
    private static Dictionary<LineKey, decimal> Lines(IEnumerable<Feed.OddsEntry> entries)
    {
        var lines = new Dictionary<LineKey, decimal>();
        foreach (var entry in entries.Where(e => e.Key.Outcome == OddsOutcomes.Over && (Counted.ContainsKey(e.Key.Market) || e.Key.Market == MarketNames.PlayerProps)))
        {
            lines[new LineKey(entry.Key.Market, entry.Key.Label, entry.Key.Line)] = entry.Price;
        }
        return lines;
    }

    /// <summary>One line of a total: its OVER price is what moves when the count goes up.</summary>
    private readonly record struct LineKey(string Market, string? Label, decimal? Line);
}
