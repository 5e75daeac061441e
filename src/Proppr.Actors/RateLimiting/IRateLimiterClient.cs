namespace Proppr.Actors.RateLimiting;

/// <summary>How code outside actors asks the <see cref="RateLimiter"/> singleton for permits and reports answers.</summary>
public interface IRateLimiterClient
{
    /// <summary>Asks for one permit; throws <see cref="RateLimiterUnavailableException"/> if the limiter does not answer.</summary>
    Task<PermitReply> RequestAsync(string api, PermitPriority priority, CancellationToken cancellationToken);

    void Report(ReportResponse response);
}

/// <summary>The limiter did not answer in time (for instance during a singleton hand-over): the call is not made.</summary>
public sealed class RateLimiterUnavailableException(string api, Exception inner)
    : Exception($"The rate limiter did not answer for {api}; the call was not made.", inner);

/// <summary>No permit within the wait the caller allows; <see cref="RetryAfter"/> says when to try again.</summary>
public sealed class RateLimitedException(string api, TimeSpan retryAfter)
    : Exception($"{api}: no permit now; retry after {retryAfter}.")
{
    public string Api { get; } = api;

    public TimeSpan RetryAfter { get; } = retryAfter;
}
