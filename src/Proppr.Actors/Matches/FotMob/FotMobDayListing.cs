using System.Globalization;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// One UTC day's FotMob listing (<see cref="FotMobClientOptions.ListingEndpoint"/>), fetched through the rate-limited
/// <see cref="FotMobHttp"/> as a pre-match look-up (normal priority: live fixtures go first). Fixture search and the
/// league crawl both read days through it.
/// </summary>
public sealed class FotMobDayListing(FotMobClientOptions options, IRateLimiterClient limiter) : IDisposable
{
    private readonly FotMobHttp _http = new(options, limiter);

    public Task<IReadOnlyList<FixtureCandidate>> FetchAsync(DateOnly day, CancellationToken cancellationToken) =>
        _http.GetAsync(
            options.ListingPathFor(day),
            "the listing of " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PermitPriority.Normal,
            payload => FotMobListingParser.Parse(payload),
            cancellationToken);

    public void Dispose() => _http.Dispose();
}
