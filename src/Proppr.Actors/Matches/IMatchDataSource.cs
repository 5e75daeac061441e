using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Matches;

/// <summary>
/// The match-data port a fixture polls: FotMob over HTTP in production and in the replay demo.
/// Throws <see cref="MatchDataUnavailableException"/> when the provider cannot answer now.
/// </summary>
public interface IMatchDataSource
{
    /// <summary>Fetches the match; <paramref name="priority"/> lets live fixtures go before pre-match look-ups.</summary>
    Task<MatchData> FetchAsync(long fixtureId, PermitPriority priority, CancellationToken cancellationToken);
}

/// <summary>One fetched payload: its parsed facts and a fingerprint of the raw payload, to skip unchanged ones.</summary>
public sealed record MatchData(MatchDetails Details, string Fingerprint);

/// <summary>The provider could not give the match now; <see cref="RetryAfter"/> when it said how long to wait.</summary>
public class MatchDataUnavailableException(string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
