using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Odds.Client;

/// <summary>
/// What one REST sync brought: the events' odds, the events a full sync listed, and how many items could not be
/// read (they are skipped; the rest is kept).
/// </summary>
public sealed record FeedSync(SyncPlan Plan, IReadOnlyList<EventOdds> Odds, IReadOnlyList<OddsEvent> Listed, int Errors)
{
    /// <summary>
    /// The ticks that bring the books to this sync: each bookmaker's subscribed markets replace what it quoted. A
    /// full sync is the whole truth, so it also withdraws every configured bookmaker an event no longer has and
    /// every event the books hold that it no longer lists; a gap fill only tells what changed.
    /// </summary>
    public IReadOnlyList<OddsUpdate> Updates(IEnumerable<string> heldEvents, FeedSubscription subscription, IReadOnlyList<string> bookmakers, DateTimeOffset receivedAt)
    {
        var updates = Odds.SelectMany(odds => odds.Bookmakers
            .Select(bookmaker => new OddsUpdate(odds.Event.Id, OddsTick.Quote(subscription.Subscribed(bookmaker), receivedAt)))
            .Concat(Plan.IsGapFill ? [] : bookmakers
                .Where(name => !odds.Bookmakers.Any(quoted => BookmakerName.Comparer.Equals(quoted.Bookmaker, name)))
                .Select(name => new OddsUpdate(odds.Event.Id, OddsTick.Withdraw(name, receivedAt)))));
        if (Plan.IsGapFill)
        {
            return [.. updates];
        }
        var returned = Odds.Select(odds => odds.Event.Id).ToHashSet(StringComparer.Ordinal);
        return [.. updates, .. heldEvents.Where(id => !returned.Contains(id)).Select(id => new OddsUpdate(id, OddsTick.Withdraw(null, receivedAt)))];
    }
}
