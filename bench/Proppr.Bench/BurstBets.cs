using System.Collections.Immutable;
using Proppr.Actors.Betting;

namespace Proppr.Bench;

/// <summary>Match bets that all wait for full time (unders, results, handicaps), spread over lines and markets.</summary>
public static class BurstBets
{
    public static ImmutableArray<Bet> For(long fixtureId, int count) =>
        [.. Enumerable.Range(0, count).Select(i => (i % 4) switch
        {
            0 => Bet(fixtureId, i, Market.Goals, Selection.Under, 4.5m + i % 3),
            1 => Bet(fixtureId, i, Market.Corners, Selection.Under, 16.5m + i % 4),
            2 => Bet(fixtureId, i, Market.MatchResult, Selection.Home, null),
            _ => Bet(fixtureId, i, Market.AsianHandicap, Selection.Away, 0.25m),
        })];

    private static Bet Bet(long fixtureId, int i, Market market, Selection selection, decimal? line) =>
        MatchDayBets.Match(market, selection, line) with { BetId = $"b{fixtureId}-{i}", FixtureId = fixtureId, Odds = 1.9m, Source = "bench" };
}
