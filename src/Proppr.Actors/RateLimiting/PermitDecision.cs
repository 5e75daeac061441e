namespace Proppr.Actors.RateLimiting;

/// <summary>A permit, or how long to wait before asking again.</summary>
public readonly record struct PermitDecision(bool Granted, TimeSpan RetryAfter)
{
    public static readonly PermitDecision Grant = new(true, TimeSpan.Zero);

    public static PermitDecision Wait(TimeSpan retryAfter) =>
        new(false, retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromMilliseconds(1));
}
