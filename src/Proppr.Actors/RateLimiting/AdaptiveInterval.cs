namespace Proppr.Actors.RateLimiting;

/// <summary>
/// FotMob's back-off: a batch of requests per interval. Each HTTP 429 doubles the interval (up to the maximum) and
/// shrinks the batch; every run of successes halves it (down to the minimum), and the full batch returns once the
/// interval is back at or under its default. Only a request made under the current interval can judge it: the 429s of a
/// batch already in flight when the interval changed double it once, not once each.
/// </summary>
public sealed class AdaptiveInterval(string api, AdaptiveIntervalSettings settings) : IApiLimit
{
    private readonly GrantLog _grants = new();
    private int _successesInARow;

    /// <summary>
    /// Whether a permit was granted since the interval last changed. Rebuilt from a snapshot it is true whenever the
    /// window holds a grant, so at worst one stale 429 doubles once more: the safe side.
    /// </summary>
    private bool _grantedSinceChange;

    public TimeSpan Interval { get; private set; } = settings.Initial;

    public bool Throttled { get; private set; }

    public int BatchSize => Throttled ? settings.ThrottledBatchSize : settings.BatchSize;

    public PermitAnswer Decide(DateTimeOffset now, PermitPriority priority)
    {
        // Pre-match look-ups take at most half a batch, so live fixtures always find room.
        var allowed = priority == PermitPriority.Live ? BatchSize : Math.Max(1, BatchSize / 2);
        return _grants.Decide(allowed, Interval, now);
    }

    public IRateLimiterEvent? OnResponse(ReportResponse response, DateTimeOffset now)
    {
        if (response.StatusCode == 429)
        {
            _successesInARow = 0;
            if (!_grantedSinceChange)
            {
                return null;
            }
            var doubled = Interval * 2;
            return Change(doubled < settings.Maximum ? doubled : settings.Maximum, throttled: true);
        }
        if (response.StatusCode >= 400 || ++_successesInARow < settings.SuccessesToRelax)
        {
            return null;
        }
        _successesInARow = 0;
        var halved = Interval / 2;
        var next = halved > settings.Minimum ? halved : settings.Minimum;
        // Back to full batches once the interval is at or under the default again.
        return Change(next, throttled: next > settings.Initial);
    }

    /// <summary>An event only for a real change: at the maximum, further 429s have nothing to write.</summary>
    private BackoffChanged? Change(TimeSpan interval, bool throttled) =>
        interval == Interval && throttled == Throttled ? null : new BackoffChanged(api, interval, throttled);

    public void Apply(IRateLimiterEvent @event)
    {
        switch (@event)
        {
            case PermitGranted granted:
                _grants.Add(granted.At);
                _grantedSinceChange = true;
                break;
            case BackoffChanged backoff:
                Interval = backoff.Interval;
                Throttled = backoff.Throttled;
                _grantedSinceChange = false;
                break;
        }
    }

    public IEnumerable<IRateLimiterEvent> StateEvents(DateTimeOffset now) =>
        _grants.Events(api, Interval, now).Prepend(new BackoffChanged(api, Interval, Throttled));

    public ApiLimitState Describe(DateTimeOffset now) =>
        new(api, _grants.CountWithin(Interval, now), BatchSize, Interval, Throttled, null);
}

public sealed record AdaptiveIntervalSettings
{
    public TimeSpan Initial { get; init; } = TimeSpan.FromMinutes(2);
    public TimeSpan Minimum { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan Maximum { get; init; } = TimeSpan.FromMinutes(10);
    public int SuccessesToRelax { get; init; } = 5;
    public int BatchSize { get; init; } = 60;
    public int ThrottledBatchSize { get; init; } = 10;
}
