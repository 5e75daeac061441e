namespace Proppr.Actors.RateLimiting;

/// <summary>The limit of each external API, from configuration. Defaults are the providers' published quotas.</summary>
public sealed record RateLimiterSettings
{
    public static readonly RateLimiterSettings Default = new();

    public IReadOnlyDictionary<string, QuotaSettings> Quotas { get; init; } = new Dictionary<string, QuotaSettings>
    {
        [Apis.OddsApi] = new(5000, TimeSpan.FromHours(1)),
        // Google Sheets: 60 write requests a minute per user. Only the ledger writes there, and never for live work,
        // so a reserve for live callers would only waste a tenth of it.
        [Apis.Sheets] = new(60, TimeSpan.FromMinutes(1)) { ReserveFraction = 0 },
    };

    public IReadOnlyDictionary<string, AdaptiveIntervalSettings> Intervals { get; init; } = new Dictionary<string, AdaptiveIntervalSettings>
    {
        [Apis.FotMob] = new(),
    };

    /// <summary>Snapshot the limiter's windows after this many events (and drop the events before it).</summary>
    public int SnapshotEvery { get; init; } = 500;

    /// <summary>A limit per API; an API with an interval as well as a quota is limited by the interval.</summary>
    public IReadOnlyDictionary<string, IApiLimit> CreateLimits()
    {
        var limits = Quotas.ToDictionary(quota => quota.Key, quota => (IApiLimit)new RollingQuota(quota.Key, quota.Value), StringComparer.Ordinal);
        foreach (var (api, interval) in Intervals)
        {
            limits[api] = new AdaptiveInterval(api, interval);
        }
        return limits;
    }
}
