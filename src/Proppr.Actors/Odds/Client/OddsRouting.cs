using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Odds.Client;

/// <summary>
/// Which fixture each provider event's ticks go to. An event is resolved through the fixture resolver (asked once
/// REST has described it: teams and kickoff); until then its ticks are held in <see cref="PendingTicks"/> (latest per
/// bookmaker, so bounded, and nothing that matters is lost) and released in order when the fixture is known. What the
/// feed retires is forgotten, so the state holds only events the provider still prices.
/// </summary>
public sealed class OddsRouting
{
    private readonly Dictionary<string, OddsEvent> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long FixtureId, DateTimeOffset Kickoff)> _fixtures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _asked = new(StringComparer.Ordinal);
    private readonly PendingTicks _held = new();

    public int ResolvedEvents => _fixtures.Count;

    public int HeldEvents => _held.EventCount;

    public int HeldTicks => _held.TickCount;

    /// <summary>Records the descriptions; returns the queries to send the resolver for events not yet asked about.</summary>
    public IReadOnlyList<FixtureQuery> Describe(IEnumerable<OddsEvent> events, DateTimeOffset now)
    {
        var queries = new List<FixtureQuery>();
        foreach (var oddsEvent in events)
        {
            _events[oddsEvent.Id] = oddsEvent;
            if (_fixtures.TryGetValue(oddsEvent.Id, out var resolved) && oddsEvent.StartTime is { } kickoff)
            {
                _fixtures[oddsEvent.Id] = resolved with { Kickoff = kickoff };
            }
            else if (!_fixtures.ContainsKey(oddsEvent.Id) && !_asked.ContainsKey(oddsEvent.Id) && QueryFor(oddsEvent) is { } query)
            {
                _asked[oddsEvent.Id] = now;
                queries.Add(query);
            }
        }
        return queries;
    }

    /// <summary>One <see cref="ApplyOdds"/> per event whose fixture is known, ticks in order; the other events' ticks are held.</summary>
    public IReadOnlyList<ApplyOdds> Route(IEnumerable<OddsUpdate> updates)
    {
        var ready = new Dictionary<string, List<Books.OddsTick>>(StringComparer.Ordinal);
        foreach (var update in updates)
        {
            if (_fixtures.ContainsKey(update.OddsEventId))
            {
                (ready.TryGetValue(update.OddsEventId, out var ticks) ? ticks : ready[update.OddsEventId] = []).Add(update.Tick);
            }
            else
            {
                _held.Add(update);
            }
        }
        return [.. ready.Select(entry => Apply(entry.Key, entry.Value))];
    }

    /// <summary>The resolver found the event's fixture: the ticks held for it, if any, to send now.</summary>
    public ApplyOdds? Resolved(string eventId, long fixtureId)
    {
        if (_events.GetValueOrDefault(eventId)?.StartTime is not { } kickoff)
        {
            return null;
        }
        _fixtures[eventId] = (fixtureId, kickoff);
        _asked.Remove(eventId);
        var held = _held.Take(eventId);
        return held.Count > 0 ? Apply(eventId, held) : null;
    }

    /// <summary>Events still unresolved whose ticks are held, asked about longer than <paramref name="retry"/> ago: ask again.</summary>
    public IReadOnlyList<FixtureQuery> DueAgain(DateTimeOffset now, TimeSpan retry)
    {
        var due = _held.Events
            .Where(id => _asked.TryGetValue(id, out var askedAt) && now - askedAt >= retry)
            .Select(id => QueryFor(_events[id]))
            .OfType<FixtureQuery>()
            .ToArray();
        foreach (var query in due)
        {
            _asked[query.ExternalId] = now;
        }
        return due;
    }

    /// <summary>
    /// Forgets events a full sync retired (its withdrawal ticks were routed just before). Their held ticks go too:
    /// that loses nothing, as an event that comes back is priced afresh (a later sync re-sends every price, and a
    /// frame carries all of its bookmaker's quotes), then described and resolved again.
    /// </summary>
    public void Retire(IEnumerable<string> eventIds)
    {
        foreach (var eventId in eventIds)
        {
            _events.Remove(eventId);
            _fixtures.Remove(eventId);
            _asked.Remove(eventId);
            _held.Take(eventId);
        }
    }

    private ApplyOdds Apply(string eventId, IReadOnlyList<Books.OddsTick> ticks)
    {
        var (fixtureId, kickoff) = _fixtures[eventId];
        return new ApplyOdds(fixtureId, eventId, kickoff, [.. ticks]);
    }

    /// <summary>What resolving needs: both teams and the kickoff; an event without them cannot be matched and waits for a better description.</summary>
    private static FixtureQuery? QueryFor(OddsEvent oddsEvent) =>
        oddsEvent is { Home: { Length: > 0 } home, Away: { Length: > 0 } away, StartTime: { } kickoff }
            ? new FixtureQuery(oddsEvent.Id, home, away, kickoff)
            : null;
}
