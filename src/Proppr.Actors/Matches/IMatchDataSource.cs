namespace Proppr.Actors.Matches;

/// <summary>
/// The match-data port a fixture polls: FotMob over HTTP in production, the replay server in demos.
/// Throws <see cref="MatchDataUnavailableException"/> when the provider cannot answer now.
/// </summary>
public interface IMatchDataSource
{
    Task<MatchData> FetchAsync(long fixtureId, CancellationToken cancellationToken);
}

/// <summary>One fetched payload: its parsed facts and a fingerprint of the raw payload, to skip unchanged ones.</summary>
public sealed record MatchData(MatchSnapshot Snapshot, string Fingerprint);

public sealed class MatchDataUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
