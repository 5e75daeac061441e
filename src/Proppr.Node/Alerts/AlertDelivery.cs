using Proppr.Actors.RateLimiting;

namespace Proppr.Node.Alerts;

/// <summary>Alert senders are external HTTP clients like any other: they go through the rate limiter as API <c>alerts</c>.</summary>
public static class AlertDelivery
{
    public const string Api = "alerts";

    /// <summary>Telegram lets a bot post about 20 messages a minute to one group; a webhook gets the same.</summary>
    public static readonly QuotaSettings Quota = new(20, TimeSpan.FromMinutes(1));

    public static RateLimiterSettings WithQuota(RateLimiterSettings settings) =>
        settings with { Quotas = new Dictionary<string, QuotaSettings>(settings.Quotas) { [Api] = Quota } };

    public static HttpClient Client(Uri baseAddress, IRateLimiterClient limiter, TimeSpan timeout) =>
        ExternalHttpClient.Create(Api, baseAddress, limiter, maxPermitWait: timeout, timeout);
}
