namespace Proppr.Actors.RateLimiting;

/// <summary>A permit, or how long to wait before asking again.</summary>
public readonly record struct PermitAnswer(bool Granted, TimeSpan RetryAfter)
{
    public static readonly PermitAnswer Grant = new(true, TimeSpan.Zero);

    public static PermitAnswer Wait(TimeSpan retryAfter) =>
        new(false, retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromMilliseconds(1));
}
