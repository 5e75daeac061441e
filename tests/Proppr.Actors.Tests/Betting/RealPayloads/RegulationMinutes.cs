using System.Collections.Concurrent;
using Proppr.Actors.Matches;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Betting.RealPayloads;

/// <summary>
/// A real match as it looked live at every minute of regulation, 1' to 90' (<see cref="LivePayloads"/>), rewound once
/// per match and shared by the tests that walk through them.
/// </summary>
internal static class RegulationMinutes
{
    public const int Last = 90;

    private static readonly ConcurrentDictionary<long, Lazy<IReadOnlyList<(int Minute, MatchDetails Match)>>> Cache = new();

    public static IReadOnlyList<(int Minute, MatchDetails Match)> Of(long matchId) =>
        Cache.GetOrAdd(matchId, id => new Lazy<IReadOnlyList<(int, MatchDetails)>>(() =>
        {
            var match = new RealMatch(id);
            return [.. Enumerable.Range(1, Last).Select(minute => (minute, match.At(minute)))];
        })).Value;
}
