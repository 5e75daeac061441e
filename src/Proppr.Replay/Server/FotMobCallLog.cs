using System.Collections.Concurrent;

namespace Proppr.Replay.Server;

/// <summary>
/// Every match-details request the FotMob routes answered, with the match-day instant it came in: what a fixture spent
/// of FotMob's budget, for the demo's figures and the tests.
/// </summary>
public sealed class FotMobCallLog
{
    private readonly ConcurrentQueue<(long MatchId, DateTimeOffset At)> _calls = new();

    internal void Record(long matchId, DateTimeOffset at) => _calls.Enqueue((matchId, at));

    /// <summary>The instants <paramref name="matchId"/> was asked for, oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> Of(long matchId) => [.. _calls.Where(c => c.MatchId == matchId).Select(c => c.At).Order()];
}
