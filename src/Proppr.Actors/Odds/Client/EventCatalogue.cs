using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Odds.Client;

/// <summary>
/// The provider events the feed knows: those REST described (teams, kickoff: what resolving a fixture needs) and
/// those the books hold prices for. Socket frames carry only an event id, so an id first seen in a frame is
/// <see cref="Missing"/> its description until a REST call brings it.
/// </summary>
public sealed class EventCatalogue
{
    private readonly Dictionary<string, OddsEvent> _described = new(StringComparer.Ordinal);
    private readonly HashSet<string> _priced = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);

    /// <summary>Events with prices in the books: a full sync withdraws those it no longer lists.</summary>
    public IReadOnlyCollection<string> Priced => _priced;

    public int DescribedCount => _described.Count;

    public bool HasMissing => _missing.Count > 0;

    /// <summary>Records REST's descriptions; returns the events that are new or changed (to resolve them).</summary>
    public IReadOnlyList<OddsEvent> Describe(IEnumerable<OddsEvent> events)
    {
        var changed = new List<OddsEvent>();
        foreach (var oddsEvent in events)
        {
            _missing.Remove(oddsEvent.Id);
            if (!_described.TryGetValue(oddsEvent.Id, out var known) || known != oddsEvent)
            {
                _described[oddsEvent.Id] = oddsEvent;
                changed.Add(oddsEvent);
            }
        }
        return changed;
    }

    /// <summary>Notes that the books hold (or held) prices for the updates' events; an undescribed one becomes missing.</summary>
    public void NotePriced(IEnumerable<OddsUpdate> updates)
    {
        foreach (var update in updates)
        {
            if (_priced.Add(update.OddsEventId) && !_described.ContainsKey(update.OddsEventId))
            {
                _missing.Add(update.OddsEventId);
            }
        }
    }

    /// <summary>Up to <paramref name="count"/> missing ids to describe now; an id REST does not describe waits for the next full sync.</summary>
    public IReadOnlyList<string> TakeMissing(int count)
    {
        var taken = _missing.Take(count).ToArray();
        _missing.ExceptWith(taken);
        return taken;
    }

    /// <summary>A describe call failed: its ids still priced and undescribed are missing again, for the retry.</summary>
    public void ReturnMissing(IEnumerable<string> eventIds) =>
        _missing.UnionWith(eventIds.Where(id => _priced.Contains(id) && !_described.ContainsKey(id)));

    /// <summary>After a full sync: forgets what it did not list (withdrawn by it, so nothing is lost); returns the ids forgotten.</summary>
    public IReadOnlyList<string> RetainOnly(IEnumerable<string> listed)
    {
        var keep = listed.ToHashSet(StringComparer.Ordinal);
        var retired = _priced.Concat(_missing).Concat(_described.Keys).Where(id => !keep.Contains(id)).Distinct(StringComparer.Ordinal).ToArray();
        _priced.ExceptWith(retired);
        _missing.ExceptWith(retired);
        foreach (var id in retired)
        {
            _described.Remove(id);
        }
        return retired;
    }
}
