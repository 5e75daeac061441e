using Akka.Actor;
using Proppr.Actors.RateLimiting;

namespace Proppr.Node.Alerts;

/// <summary>
/// The rate limiter's state as alerts: a quota used up or blocked by its provider, an adaptive API (FotMob) backed off
/// to its longest interval, or the limiter not answering at all.
/// </summary>
public sealed class LimiterAlerts(IActorRef limiter, RateLimiterSettings settings, TimeSpan timeout) : IAlertCondition
{
    private static readonly SingletonQuery Query = new("limiter-unavailable", "Rate limiter", "no external call can be made");

    public async Task<IReadOnlyList<Alert>> CheckAsync(CancellationToken cancellationToken)
    {
        var (state, silent) = await Query.AskAsync<LimiterState>(limiter, GetLimiterState.Instance, timeout, cancellationToken);
        return state is null ? [silent!] : [.. state.Apis.Select(Check).OfType<Alert>()];
    }

    private Alert? Check(ApiLimitState api)
    {
        if (settings.Intervals.TryGetValue(api.Api, out var adaptive))
        {
            return api.Window >= adaptive.Maximum
                ? new Alert($"backed-off:{api.Api}", $"{api.Api} backed off to its maximum",
                    $"{api.Api} answered HTTP 429 until the poll interval reached its maximum of {adaptive.Maximum}")
                : null;
        }
        if (api.BlockedUntil is { } until)
        {
            return new Alert($"quota:{api.Api}", $"{api.Api} quota exhausted", $"{api.Api} refuses requests until {until:u}");
        }
        return api.Limit is { } limit && api.Used >= limit
            ? new Alert($"quota:{api.Api}", $"{api.Api} quota exhausted", $"{api.Used} of {limit} requests used in the current {api.Window} window")
            : null;
    }
}
