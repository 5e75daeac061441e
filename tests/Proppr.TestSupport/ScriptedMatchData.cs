using System.Collections.Concurrent;
using Proppr.Actors.Matches;
using Proppr.Actors.RateLimiting;

namespace Proppr.TestSupport;

/// <summary>
/// A match-data source a test moves along: it answers each fixture's polls with whatever snapshot the test last
/// published for it (a real payload, truncated or corrected), or with a provider failure. Counts the polls.
/// </summary>
public sealed class ScriptedMatchData : IMatchDataSource
{
    private readonly ConcurrentDictionary<long, Func<MatchData>> _answers = new();
    private readonly ConcurrentDictionary<long, int> _fetches = new();

    /// <summary>
    /// From now on, polls of the snapshot's fixture (or of <paramref name="servedAs"/>, to serve a fixture another
    /// match's payload) return it; <paramref name="version"/> names the payload.
    /// </summary>
    public void Publish(MatchDetails snapshot, string version, long? servedAs = null) =>
        _answers[servedAs ?? snapshot.FixtureId] = () => new MatchData(snapshot, version);

    /// <summary>From now on, polls of the fixture fail as an unavailable provider would.</summary>
    public void Fail(long fixtureId, string why, TimeSpan? retryAfter = null) =>
        _answers[fixtureId] = () => throw new MatchDataUnavailableException(why, retryAfter);

    public int Fetches(long fixtureId) => _fetches.GetValueOrDefault(fixtureId);

    public Task<MatchData> FetchAsync(long fixtureId, PermitPriority priority, CancellationToken cancellationToken)
    {
        _fetches.AddOrUpdate(fixtureId, 1, (_, count) => count + 1);
        return _answers.TryGetValue(fixtureId, out var answer)
            ? Task.Run(answer, cancellationToken)
            : Task.FromException<MatchData>(new MatchDataUnavailableException($"no payload published for fixture {fixtureId} yet"));
    }
}
