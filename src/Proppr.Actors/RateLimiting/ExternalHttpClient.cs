namespace Proppr.Actors.RateLimiting;

/// <summary>
/// Builds every HttpClient that talks to an outside API, always behind a <see cref="RateLimitedHandler"/>:
/// there is no other way in the project to make one.
/// </summary>
public static class ExternalHttpClient
{
    public static HttpClient Create(string api, Uri baseAddress, IRateLimiterClient limiter, TimeSpan maxPermitWait, TimeSpan timeout) =>
        new(CreateHandler(api, limiter, maxPermitWait))
        {
            BaseAddress = baseAddress,
            Timeout = timeout,
        };

    /// <summary>
    /// The same gated transport for a library that builds its own client around a handler (Google's OAuth token
    /// requests): its calls ask the limiter like every other.
    /// </summary>
    public static HttpMessageHandler CreateHandler(string api, IRateLimiterClient limiter, TimeSpan maxPermitWait)
    {
        var transport = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
        return new RateLimitedHandler(limiter, api, maxPermitWait) { InnerHandler = transport };
    }
}
