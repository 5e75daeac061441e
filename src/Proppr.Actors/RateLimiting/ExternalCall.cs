namespace Proppr.Actors.RateLimiting;

/// <summary>
/// The failures every call through an <see cref="ExternalHttpClient"/> shares (no permit, no limiter, an unreachable
/// host, no answer in time), told in one wording and raised as the client's own exception by its factory. The client
/// still turns error statuses and unreadable bodies into its exception inside <c>send</c>; those pass through.
/// </summary>
public static class ExternalCall
{
    /// <summary>Builds a client's exception: the message, the wait asked for (no permit) and the cause.</summary>
    public delegate Exception Failure(string message, TimeSpan? retryAfter, Exception cause);

    /// <summary>
    /// Runs <paramref name="send"/>; <paramref name="service"/> ("FotMob") and <paramref name="call"/> ("match 4193490")
    /// name it in every message, <paramref name="timeout"/> is the client's. A cancellation the caller asked for is not a failure.
    /// </summary>
    public static async Task<T> RunAsync<T>(
        string service, string call, TimeSpan timeout, Failure failure, Func<Task<T>> send, CancellationToken cancellationToken)
    {
        try
        {
            return await send();
        }
        catch (RateLimitedException e)
        {
            throw failure($"No {service} permit for {call} now; retry after {e.RetryAfter}", e.RetryAfter, e);
        }
        catch (RateLimiterUnavailableException e)
        {
            throw failure($"{service} was not asked for {call}: {e.Message}", null, e);
        }
        catch (HttpRequestException e)
        {
            throw failure($"{service} could not be reached for {call}: {e.Message}", null, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw failure($"{service} did not answer for {call} within {timeout}", null, e);
        }
    }
}
