using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Odds.Client;

/// <summary>A tick for one provider event, before the feed knows which fixture the event is.</summary>
public sealed record OddsUpdate(string OddsEventId, OddsTick Tick)
{
    /// <summary>What a frame does to the books: <c>created</c>/<c>updated</c> quote, <c>deleted</c>/<c>no_markets</c> withdraw; other frames nothing.</summary>
    public static OddsUpdate? From(OddsFrame frame, DateTimeOffset receivedAt) => frame switch
    {
        EventOddsFrame odds => new OddsUpdate(odds.EventId, OddsTick.Quote(odds.Odds, receivedAt)),
        EventRemovedFrame removed => new OddsUpdate(removed.EventId, OddsTick.Withdraw(removed.Bookmaker, receivedAt)),
        _ => null,
    };
}
