using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Finds candidate matches in FotMob's day listings: every UTC day a search window touches is fetched
/// (<see cref="FotMobDayListing"/>, as a pre-match look-up, so live fixtures go first) and reused for
/// <see cref="FotMobClientOptions.ListingCacheFor"/>, so the retries of many unresolved queries around the same days
/// cost one request per day. A day that cannot be fetched fails the search: matching on part of the window could
/// miss the candidate that makes a query ambiguous.
/// </summary>
public sealed class FotMobFixtureSearch(FotMobClientOptions options, IRateLimiterClient limiter, TimeProvider? clock = null)
    : IFixtureSearch, IDisposable
{
    private readonly FotMobDayListing _listing = new(options, limiter);
    private readonly TimedCache<DateOnly, IReadOnlyList<FixtureCandidate>> _days = new(options.ListingCacheFor, clock ?? TimeProvider.System);

    public async Task<IReadOnlyList<FixtureCandidate>> SearchAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var found = new List<FixtureCandidate>();
        for (var day = DateOnly.FromDateTime(from.UtcDateTime); day <= DateOnly.FromDateTime(to.UtcDateTime); day = day.AddDays(1))
        {
            found.AddRange((await ListingAsync(day, cancellationToken)).Where(c => c.Kickoff >= from && c.Kickoff <= to));
        }
        // A late match can be listed on two days.
        return [.. found.DistinctBy(c => c.MatchId)];
    }

    private async Task<IReadOnlyList<FixtureCandidate>> ListingAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (_days.TryGet(day, out var cached))
        {
            return cached;
        }
        var candidates = await _listing.FetchAsync(day, cancellationToken);
        _days.Set(day, candidates);
        return candidates;
    }

    public void Dispose() => _listing.Dispose();
}
