namespace Proppr.Replay.Server;

/// <summary>
/// Failures a test or the demo switches on to exercise back-off: HTTP 429 or 500 on every request while a switch is
/// on, or on every Nth request. Thread-safe; one instance per API (FotMob, odds REST).
/// </summary>
public sealed class ReplayFaults
{
    private int _requests;

    /// <summary>While true, every request gets HTTP 429.</summary>
    public bool RateLimited { get; set; }

    /// <summary>When above zero, every Nth request gets HTTP 429.</summary>
    public int RateLimitEvery { get; set; }

    /// <summary>While true, every request gets HTTP 500.</summary>
    public bool Failing { get; set; }

    /// <summary>When above zero, every Nth request gets HTTP 500.</summary>
    public int FailEvery { get; set; }

    /// <summary>Sent as <c>Retry-After</c> with a 429 when set.</summary>
    public TimeSpan? RetryAfter { get; set; }

    /// <summary>Requests seen so far, failed ones included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Counts the request and says which failure status it gets, if any.</summary>
    internal int? Intercept()
    {
        var number = Interlocked.Increment(ref _requests);
        if (RateLimited || (RateLimitEvery > 0 && number % RateLimitEvery == 0))
        {
            return 429;
        }
        return Failing || (FailEvery > 0 && number % FailEvery == 0) ? 500 : null;
    }
}
