using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Stats;

/// <summary>A player's whole-match count of one stat in one match.</summary>
public sealed record StatValue(Stat Stat, decimal Value);

/// <summary>One of a player's latest matches: the opponent and result of his team (when recorded) and his counts.</summary>
public sealed record PlayerRecentMatch(long FixtureId, DateTimeOffset Kickoff, string? Opponent, string? Result, ImmutableArray<StatValue> Figures);

/// <summary>A season total and its rate per 90 minutes played (null without minutes).</summary>
public sealed record StatTotal(Stat Stat, decimal Total, decimal? Per90);

/// <summary>The old crawler's <c>season_stats</c>: appearances, minutes, totals and per-90 rates, minutes per goal.</summary>
public sealed record PlayerSeason(string Season, int Appearances, decimal Minutes, ImmutableArray<StatTotal> Totals, decimal? MinutesPerGoal);

/// <summary>What the player views add to the averages: the last five matches, the form array, the season.</summary>
public sealed record PlayerForm(ImmutableArray<PlayerRecentMatch> Last5, ImmutableArray<int> Form, PlayerSeason? Season);

/// <summary>
/// The player figures the old pipeline kept, from the full-time rows of his recorded matches: his last 5 matches; the
/// form array, newest first, 1 for a match he scored or assisted in, else 0 (the old documents say only "1 = good");
/// and the season of his latest match, with per-90 rates over the minutes he played in it and minutes per goal.
/// </summary>
public static class PlayerFigures
{
    private const int Recent = 5;

    /// <param name="matches">Each match's full-time counts by stat.</param>
    /// <param name="results">His team's result per fixture, where recorded.</param>
    public static PlayerForm Of(
        IEnumerable<(long FixtureId, DateTimeOffset Kickoff, IReadOnlyDictionary<Stat, decimal> Counts)> matches,
        IReadOnlyDictionary<long, RecentMatch> results,
        SeasonCalendar calendar)
    {
        var newestFirst = matches.OrderByDescending(m => m.Kickoff).ThenByDescending(m => m.FixtureId).ToList();
        if (newestFirst.Count == 0)
        {
            return new PlayerForm([], [], null);
        }
        var last5 = newestFirst.Take(Recent).ToList();
        var season = calendar.SeasonOf(newestFirst[0].Kickoff);
        return new PlayerForm(
            [.. last5.Select(m => new PlayerRecentMatch(
                m.FixtureId, m.Kickoff, results.GetValueOrDefault(m.FixtureId)?.Opponent, results.GetValueOrDefault(m.FixtureId)?.Result,
                [.. m.Counts.OrderBy(c => c.Key).Select(c => new StatValue(c.Key, c.Value))]))],
            [.. last5.Select(m => Count(m.Counts, Stat.Goals) + Count(m.Counts, Stat.Assists) > 0 ? 1 : 0)],
            Season(season, [.. newestFirst.Where(m => calendar.SeasonOf(m.Kickoff) == season).Select(m => m.Counts)]));
    }

    private static PlayerSeason Season(string season, IReadOnlyList<IReadOnlyDictionary<Stat, decimal>> matches)
    {
        var minutes = matches.Sum(m => Count(m, Stat.MinutesPlayed));
        var goals = matches.Sum(m => Count(m, Stat.Goals));
        var totals = StatsCatalog.PlayerStats
            .Where(stat => stat != Stat.MinutesPlayed && matches.Any(m => m.ContainsKey(stat)))
            .Select(stat =>
            {
                var total = matches.Sum(m => Count(m, stat));
                return new StatTotal(stat, total, minutes > 0 ? LinePredictor.Round(total * 90 / minutes) : null);
            });
        return new PlayerSeason(season, matches.Count, minutes, [.. totals], goals > 0 ? LinePredictor.Round(minutes / goals) : null);
    }

    private static decimal Count(IReadOnlyDictionary<Stat, decimal> counts, Stat stat) => counts.GetValueOrDefault(stat);

    /// <summary>The full-time counts per match of a player's rows.</summary>
    public static IEnumerable<(long FixtureId, DateTimeOffset Kickoff, IReadOnlyDictionary<Stat, decimal> Counts)> FullTimeMatches(
        IEnumerable<(BetPeriod Period, Stat Stat, MatchValue Value)> rows) =>
        rows.Where(r => r.Period == BetPeriod.FullTime)
            .GroupBy(r => (r.Value.FixtureId, r.Value.Kickoff))
            .Select(g => (g.Key.FixtureId, g.Key.Kickoff, (IReadOnlyDictionary<Stat, decimal>)g.ToDictionary(r => r.Stat, r => r.Value.For)));
}
