using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Odds.Client;

/// <summary>
/// Takes the REST syncs the socket does not give (FORMAT.md §2.4): a full one lists the subscribed events
/// (<c>/events</c> per sport and league, or the configured event ids) and fetches their odds ten at a time
/// (<c>/odds/multi</c>); a gap fill asks <c>/odds/updated</c> once per bookmaker and sport and keeps the subscribed
/// events. Any failed call fails the whole sync: half a sync would withdraw prices it never asked for.
/// </summary>
public sealed class FeedSyncClient(OddsRestClient rest, OddsFeedOptions options, FeedSubscription subscription)
{
    public Task<FeedSync> TakeAsync(SyncPlan plan, CancellationToken cancellationToken) =>
        plan.Since is { } since ? GapFillAsync(plan, since, cancellationToken) : FullAsync(cancellationToken);

    /// <summary>Describes events first seen in frames (<c>/odds/multi</c> carries the event with its odds; only the event is used).</summary>
    public async Task<IReadOnlyList<OddsEvent>> DescribeAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) =>
        [.. (await rest.MultiAsync(eventIds, options.Odds.Bookmakers, cancellationToken)).Items.Select(odds => odds.Event)];

    private async Task<FeedSync> FullAsync(CancellationToken cancellationToken)
    {
        var errors = 0;
        var listed = new List<OddsEvent>();
        if (options.EventIds.Count == 0)
        {
            foreach (var sport in options.Sports)
            {
                foreach (var league in options.Leagues.Count > 0 ? options.Leagues.Select(l => (string?)l) : [null])
                {
                    var events = await rest.EventsAsync(sport, league, subscription.RestStatuses, cancellationToken);
                    errors += events.Errors.Count;
                    listed.AddRange(events.Items.Where(subscription.Covers));
                }
            }
        }
        var ids = options.EventIds.Count > 0 ? options.EventIds : listed.Select(e => e.Id).Distinct(StringComparer.Ordinal).ToArray();
        var odds = new List<EventOdds>();
        foreach (var batch in ids.Chunk(SyncPlan.EventsPerMultiCall))
        {
            var result = await rest.MultiAsync(batch, options.Odds.Bookmakers, cancellationToken);
            errors += result.Errors.Count;
            odds.AddRange(result.Items);
        }
        return new FeedSync(SyncPlan.Full, odds, options.EventIds.Count > 0 ? [.. odds.Select(o => o.Event)] : listed, errors);
    }

    private async Task<FeedSync> GapFillAsync(SyncPlan plan, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var errors = 0;
        var odds = new List<EventOdds>();
        foreach (var bookmaker in options.Odds.Bookmakers)
        {
            foreach (var sport in options.Sports)
            {
                var result = await rest.UpdatedAsync(since, bookmaker, sport, cancellationToken);
                errors += result.Errors.Count;
                odds.AddRange(result.Items.Where(o => subscription.Covers(o.Event)));
            }
        }
        return new FeedSync(plan, odds, [], errors);
    }
}
