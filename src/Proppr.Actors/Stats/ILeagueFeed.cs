using Proppr.Actors.Matches;
using Proppr.Actors.Matches.Resolution;

namespace Proppr.Actors.Stats;

/// <summary>
/// Where the league crawl reads from (FotMob in production, <see cref="Matches.FotMob.FotMobLeagueFeed"/>): every call
/// asks the rate limiter at normal priority. Failures are <see cref="MatchDataUnavailableException"/>s; one with a
/// <see cref="MatchDataUnavailableException.RetryAfter"/> means "not now", any other that the answer was bad.
/// </summary>
public interface ILeagueFeed
{
    Task<IReadOnlyList<FixtureCandidate>> ListingAsync(DateOnly day, CancellationToken cancellationToken);

    Task<MatchDetails> MatchAsync(long matchId, CancellationToken cancellationToken);
}
