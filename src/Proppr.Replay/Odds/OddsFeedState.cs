using System.Text.Json.Nodes;

namespace Proppr.Replay.Odds;

/// <summary>
/// What one WebSocket client has been told, per event × bookmaker, so each tick sends only the changes: <c>created</c> the
/// first time an event is priced, <c>updated</c> when its prices move (or it reopens), <c>no_markets</c> when it is
/// suspended, <c>deleted</c> when it closes for good. No snapshot on connect, as with the real provider.
/// </summary>
public sealed class OddsFeedState
{
    private const string Gone = "deleted";
    private readonly Dictionary<(long EventId, string Bookmaker), string> _told = [];

    /// <summary>Whether this client has heard of the event: it must hear how it ends even once out of its filter.</summary>
    public bool Knows(long eventId) => _told.Keys.Any(k => k.EventId == eventId);

    public IReadOnlyList<JsonObject> Advance(IEnumerable<BookQuote> quotes, DateTimeOffset now, IReadOnlySet<string> markets)
    {
        var messages = new List<JsonObject>();
        foreach (var quote in quotes)
        {
            var key = (quote.EventId, quote.Bookmaker.Name);
            var known = _told.TryGetValue(key, out var last);
            if (last == Gone || (!known && quote.Availability == OddsAvailability.Deleted))
            {
                continue;
            }
            var current = quote.Availability == OddsAvailability.Deleted ? Gone : quote.PriceKey(markets);
            if (known && current == last)
            {
                continue;
            }
            _told[key] = current;
            var type = quote.Availability switch
            {
                OddsAvailability.Deleted => "deleted",
                OddsAvailability.NoMarkets => "no_markets",
                _ => known ? "updated" : "created",
            };
            messages.Add(OddsJson.Message(type, quote, now, markets));
        }
        return messages;
    }
}
