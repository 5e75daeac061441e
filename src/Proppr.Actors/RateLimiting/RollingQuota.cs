namespace Proppr.Actors.RateLimiting;

/// <summary>
/// At most <see cref="Limit"/> permits in any rolling window (the odds provider: 5000 an hour; the spreadsheet: per
/// minute). Lower priorities stop at a reserve so live work still gets through when the quota runs low; the
/// provider's own word (a 429, or <c>x-ratelimit-remaining: 0</c>) blocks everyone until its reset time.
/// </summary>
public sealed class RollingQuota(string api, QuotaSettings settings) : IApiLimit
{
    private readonly GrantLog _grants = new();
    private DateTimeOffset? _blockedUntil;

    public int Limit => settings.Limit;

    public PermitAnswer Decide(DateTimeOffset now, PermitPriority priority)
    {
        if (BlockedUntil(now) is { } until)
        {
            return PermitAnswer.Wait(until - now);
        }
        var reserve = (int)Math.Ceiling(settings.Limit * settings.ReserveFraction);
        var ceiling = priority == PermitPriority.Live ? settings.Limit : settings.Limit - reserve;
        return _grants.Decide(ceiling, settings.Window, now);
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
                _grants.Add(granted.At);
                break;
            case ApiBlocked blocked:
                _blockedUntil = blocked.Until;
                break;
        }
    }

    public IEnumerable<IRateLimiterEvent> StateEvents(DateTimeOffset now)
    {
        var grants = _grants.Events(api, settings.Window, now);
        return BlockedUntil(now) is { } until ? grants.Append(new ApiBlocked(api, until)) : grants;
    }

    public ApiLimitState Describe(DateTimeOffset now)
    {
        var blockedUntil = BlockedUntil(now);
        return new ApiLimitState(api, _grants.CountWithin(settings.Window, now), settings.Limit, settings.Window, blockedUntil is not null, blockedUntil);
    }

    /// <summary>The provider's block, while it lasts.</summary>
    private DateTimeOffset? BlockedUntil(DateTimeOffset now)
    {
        if (_blockedUntil is { } until && until <= now)
        {
            _blockedUntil = null;
        }
        return _blockedUntil;
    }
}

public sealed record QuotaSettings(int Limit, TimeSpan Window)
{
    /// <summary>Share of the quota only live work may use.</summary>
    public double ReserveFraction { get; init; } = 0.1;

    /// <summary>How long a 429 without a reset time blocks.</summary>
    public TimeSpan DefaultBlock { get; init; } = TimeSpan.FromMinutes(1);
}
