using Akka.Actor;
using Proppr.Actors.Odds.Client;

namespace Proppr.Node.Alerts;

/// <summary>
/// The odds feed down or stale: its books not known complete (by a sync, a frame streamed after one, or a REST
/// poll) for <paramref name="downAfter"/>, or the feed singleton not answering. A feed that never synced is measured
/// from the first check. Quiet stretches shorter than the feed's own stale watchdog do not count.
/// </summary>
public sealed class OddsFeedAlerts(IActorRef feed, TimeSpan downAfter, TimeSpan timeout, TimeProvider time) : IAlertCondition
{
    private static readonly SingletonQuery Query = new("odds-feed-unavailable", "Odds feed", "fixtures get no prices");

    private DateTimeOffset? _watchingSince;

    public async Task<IReadOnlyList<Alert>> CheckAsync(CancellationToken cancellationToken)
    {
        var (status, silent) = await Query.AskAsync<OddsFeedStatus>(feed, GetOddsFeedStatus.Instance, timeout, cancellationToken);
        if (status is null)
        {
            return [silent!];
        }
        var now = time.GetUtcNow();
        _watchingSince ??= now;
        var complete = status.SyncedAt ?? _watchingSince.Value;
        if (now - complete < downAfter)
        {
            return [];
        }
        var since = status.SyncedAt is { } synced ? $"since {synced:u}" : "since the node started watching it";
        return [new Alert("odds-feed-down", "Odds feed down or stale",
            $"no complete odds {since}: the feed is {status.Phase.ToString().ToLowerInvariant()}" +
            $"{(status.Polling ? ", polling REST" : "")}, {status.FailedAttempts} connect attempts failed in a row")];
    }
}
