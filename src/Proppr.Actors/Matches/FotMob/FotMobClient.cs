using System.Globalization;
using System.Security.Cryptography;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Fetches FotMob match details through the rate limiter and parses them. Keeps the last payload per fixture, so an
/// unchanged answer is recognised by its fingerprint without parsing it again; a fixture not fetched for
/// <see cref="FotMobClientOptions.CacheIdleLimit"/> is forgotten (a later fetch only parses again). Every failure
/// becomes a <see cref="MatchDataUnavailableException"/> that says what went wrong (see <see cref="FotMobHttp"/>).
/// </summary>
public sealed class FotMobClient(FotMobClientOptions options, IRateLimiterClient limiter, TimeProvider? clock = null)
    : IMatchDataSource, IDisposable
{
    private readonly FotMobHttp _http = new(options, limiter);
    private readonly TimedCache<long, MatchData> _lastByFixture = new(options.CacheIdleLimit, clock ?? TimeProvider.System);

    public Task<MatchData> FetchAsync(long fixtureId, PermitPriority priority, CancellationToken cancellationToken) =>
        _http.GetAsync(
            options.PathFor(fixtureId),
            "match " + fixtureId.ToString(CultureInfo.InvariantCulture),
            priority,
            payload => Read(fixtureId, payload),
            cancellationToken);

    private MatchData Read(long fixtureId, byte[] payload)
    {
        var fingerprint = Convert.ToHexString(SHA256.HashData(payload));
        var data = _lastByFixture.TryGet(fixtureId, out var last) && last.Fingerprint == fingerprint
            ? last
            : new MatchData(FotMobParser.Parse(payload), fingerprint);
        // Stored again on every fetch: only fixtures no longer polled expire.
        _lastByFixture.Set(fixtureId, data);
        return data;
    }

    public void Dispose() => _http.Dispose();
}
