using System.Collections.Immutable;
using Proppr.Actors.Serialization;

namespace Proppr.Actors.RateLimiting;

/// <summary>The external APIs the limiter knows, by the names callers use.</summary>
public static class Apis
{
    public const string OddsApi = "odds-api";
    public const string FotMob = "fotmob";
    public const string Sheets = "sheets";
}

/// <summary>Ask before calling <paramref name="Api"/>; answered with a <see cref="PermitReply"/>.</summary>
public sealed record RequestPermit(string Api, PermitPriority Priority) : IPropprMessage;

public sealed record PermitReply(string Api, bool Granted, TimeSpan RetryAfter) : IPropprMessage;

/// <summary>What the API answered (status and its quota headers), so the limiter can back off or block.</summary>
public sealed record ReportResponse(
    string Api,
    int StatusCode,
    int? Remaining = null,
    DateTimeOffset? Reset = null,
    TimeSpan? RetryAfter = null) : IPropprMessage;

public sealed record GetLimiterState : IPropprMessage
{
    public static readonly GetLimiterState Instance = new();
}

public sealed record ApiLimitState(
    string Api,
    int Used,
    int? Limit,
    TimeSpan Window,
    bool Throttled,
    DateTimeOffset? BlockedUntil) : IPropprMessage;

public sealed record LimiterState(ImmutableArray<ApiLimitState> Apis, long PermitsGranted, long PermitsDenied) : IPropprMessage;

// ---- events ----

public interface IRateLimiterEvent : IPropprMessage;

public sealed record PermitGranted(string Api, DateTimeOffset At) : IRateLimiterEvent;

/// <summary>The provider refused more requests until <paramref name="Until"/> (a 429 or an exhausted quota header).</summary>
public sealed record ApiBlocked(string Api, DateTimeOffset Until) : IRateLimiterEvent;

/// <summary>FotMob's back-off interval changed.</summary>
public sealed record BackoffChanged(string Api, TimeSpan Interval, bool Throttled) : IRateLimiterEvent;

/// <summary>The limiter's windows, saved so a hand-over or restart continues them instead of starting afresh.</summary>
public sealed record RateLimiterSnapshot(
    ImmutableArray<PermitGranted> Grants,
    ImmutableArray<ApiBlocked> Blocks,
    ImmutableArray<BackoffChanged> Backoffs) : IPropprMessage;
