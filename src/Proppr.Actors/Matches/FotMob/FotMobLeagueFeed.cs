using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.Stats;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>The league crawl's FotMob: day listings and match details, both at normal priority, so live fixtures go first.</summary>
public sealed class FotMobLeagueFeed(FotMobClientOptions options, IRateLimiterClient limiter) : ILeagueFeed, IDisposable
{
    private readonly FotMobDayListing _listing = new(options, limiter);
    private readonly FotMobClient _matches = new(options, limiter);

    public Task<IReadOnlyList<FixtureCandidate>> ListingAsync(DateOnly day, CancellationToken cancellationToken) =>
        _listing.FetchAsync(day, cancellationToken);

    public async Task<MatchDetails> MatchAsync(long matchId, CancellationToken cancellationToken) =>
        (await _matches.FetchAsync(matchId, PermitPriority.Normal, cancellationToken)).Details;

    public void Dispose()
    {
        _listing.Dispose();
        _matches.Dispose();
    }
}
