using Proppr.Actors.Odds.Books;

namespace Proppr.Actors.Odds.Client;

/// <summary>
/// Ticks kept back per event: frames buffered while a sync is taken, ticks of events whose fixture is not known
/// yet. Each tick replaces everything its bookmaker (variant) quotes, so only the latest per bookmaker matters and an
/// event-wide withdrawal makes every earlier tick of the event moot: kept that way, an event holds at most one tick
/// per bookmaker variant plus one withdrawal, and applying what is kept gives the same book as applying everything.
/// </summary>
public sealed class PendingTicks
{
    private readonly Dictionary<string, List<OddsTick>> _byEvent = new(StringComparer.Ordinal);

    public int EventCount => _byEvent.Count;

    public int TickCount => _byEvent.Values.Sum(ticks => ticks.Count);

    public IEnumerable<string> Events => _byEvent.Keys;

    public void Add(OddsUpdate update)
    {
        if (!_byEvent.TryGetValue(update.OddsEventId, out var ticks))
        {
            ticks = [];
            _byEvent[update.OddsEventId] = ticks;
        }
        var tick = update.Tick;
        if (tick.Bookmaker is null)
        {
            ticks.Clear();
        }
        else
        {
            ticks.RemoveAll(earlier => earlier.Bookmaker is { } bookmaker && BookmakerName.Comparer.Equals(bookmaker.Trim(), tick.Bookmaker.Trim()));
        }
        ticks.Add(tick);
    }

    /// <summary>Removes and returns the event's ticks, oldest first.</summary>
    public IReadOnlyList<OddsTick> Take(string eventId) => _byEvent.Remove(eventId, out var ticks) ? ticks : [];

    /// <summary>Removes and returns every tick, each event's oldest first.</summary>
    public IReadOnlyList<OddsUpdate> TakeAll()
    {
        var all = _byEvent.SelectMany(entry => entry.Value.Select(tick => new OddsUpdate(entry.Key, tick))).ToArray();
        _byEvent.Clear();
        return all;
    }
}
