namespace Proppr.Actors.RateLimiting;

/// <summary>
/// Builds every HttpClient that talks to an outside API, always behind a <see cref="RateLimitedHandler"/>:
/// there is no other way in the project to make one.
/// </summary>
public static class ExternalHttpClient
{
    public static HttpClient Create(string api, Uri baseAddress, IRateLimiterClient limiter, TimeSpan maxPermitWait, TimeSpan timeout)
    {
        var transport = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
        return new HttpClient(new RateLimitedHandler(limiter, api, maxPermitWait) { InnerHandler = transport })
        {
            BaseAddress = baseAddress,
            Timeout = timeout,
        };
    }
}
