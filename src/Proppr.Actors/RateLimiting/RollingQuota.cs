namespace Proppr.Actors.RateLimiting;

/// <summary>
/// At most <see cref="Limit"/> permits in any rolling window (the odds provider: 5000 an hour; the spreadsheet: per
/// minute). Lower priorities stop at a reserve so live work still gets through when the quota runs low; the
/// provider's own word (a 429, or <c>x-ratelimit-remaining: 0</c>) blocks everyone until its reset time.
/// </summary>
public sealed class RollingQuota(string api, QuotaSettings settings) : IApiLimit
{
    private readonly Queue<DateTimeOffset> _grants = new();
    private DateTimeOffset? _blockedUntil;

    public int Limit => settings.Limit;

    public PermitDecision Decide(DateTimeOffset now, PermitPriority priority)
    {
        Prune(now);
        if (_blockedUntil is { } until && now < until)
        {
            return PermitDecision.Wait(until - now);
        }
        var reserve = (int)Math.Ceiling(settings.Limit * settings.ReserveFraction);
        var ceiling = priority == PermitPriority.Live ? settings.Limit : settings.Limit - reserve;
        if (_grants.Count < ceiling)
        {
            return PermitDecision.Grant;
        }
        // A permit frees up when enough of the oldest grants have left the window.
        var oldestThatMustLeave = _grants.ElementAt(_grants.Count - ceiling);
        return PermitDecision.Wait(oldestThatMustLeave + settings.Window - now);
    }

    public IRateLimiterEvent? OnResponse(ReportResponse response, DateTimeOffset now)
    {
        var until = response switch
        {
            { Remaining: 0, Reset: { } reset } => reset,
            { StatusCode: 429, Reset: { } reset } => reset,
            { StatusCode: 429, RetryAfter: { } wait } => now + wait,
            { StatusCode: 429 } => now + settings.DefaultBlock,
            _ => (DateTimeOffset?)null,
        };
        return until is { } blockedUntil && blockedUntil > now && blockedUntil > (_blockedUntil ?? DateTimeOffset.MinValue)
            ? new ApiBlocked(api, blockedUntil)
            : null;
    }

    public void Apply(IRateLimiterEvent @event)
    {
        switch (@event)
        {
            case PermitGranted granted:
                _grants.Enqueue(granted.At);
                break;
            case ApiBlocked blocked:
                _blockedUntil = blocked.Until;
                break;
        }
    }

    public IEnumerable<IRateLimiterEvent> StateEvents(DateTimeOffset now)
    {
        Prune(now);
        var grants = _grants.Select(at => (IRateLimiterEvent)new PermitGranted(api, at));
        return _blockedUntil is { } until ? grants.Append(new ApiBlocked(api, until)) : grants;
    }

    public ApiLimitState Describe(DateTimeOffset now)
    {
        Prune(now);
        return new ApiLimitState(api, _grants.Count, settings.Limit, settings.Window, _blockedUntil is not null, _blockedUntil);
    }

    private void Prune(DateTimeOffset now)
    {
        while (_grants.TryPeek(out var oldest) && oldest + settings.Window <= now)
        {
            _grants.Dequeue();
        }
        if (_blockedUntil is { } until && until <= now)
        {
            _blockedUntil = null;
        }
    }
}

public sealed record QuotaSettings(int Limit, TimeSpan Window)
{
    /// <summary>Share of the quota only live work may use.</summary>
    public double ReserveFraction { get; init; } = 0.1;

    /// <summary>How long a 429 without a reset time blocks.</summary>
    public TimeSpan DefaultBlock { get; init; } = TimeSpan.FromMinutes(1);
}
