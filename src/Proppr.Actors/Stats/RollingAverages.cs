using System.Collections.Immutable;

namespace Proppr.Actors.Stats;

/// <summary>One match's value of a stat: a team's for and against, or a player's (against left 0).</summary>
public sealed record MatchValue(long FixtureId, DateTimeOffset Kickoff, decimal For, decimal Against = 0);

/// <summary>An average over the most recent matches that had the stat: how many there were, and the means.</summary>
public sealed record WindowAverage(int Matches, decimal For, decimal Against)
{
    public static readonly WindowAverage None = new(0, 0, 0);
}

/// <summary>The three windows the pipeline keeps for every stat and period.</summary>
public sealed record AverageSet(WindowAverage Last5, WindowAverage Last10, WindowAverage Season, string? SeasonName);

/// <summary>
/// Rolling means over a team's or player's matches: the last 5, the last 10, and the season of the latest match
/// (so a team between seasons keeps showing the one it just played). Means are exact; presentation rounds.
/// </summary>
public static class RollingAverages
{
    public static AverageSet Of(IEnumerable<MatchValue> matches, SeasonCalendar calendar)
    {
        var newestFirst = matches.OrderByDescending(m => m.Kickoff).ThenByDescending(m => m.FixtureId).ToImmutableArray();
        if (newestFirst.IsEmpty)
        {
            return new AverageSet(WindowAverage.None, WindowAverage.None, WindowAverage.None, null);
        }
        var season = calendar.SeasonOf(newestFirst[0].Kickoff);
        return new AverageSet(
            Mean(newestFirst.Take(5)),
            Mean(newestFirst.Take(10)),
            Mean(newestFirst.Where(m => calendar.SeasonOf(m.Kickoff) == season)),
            season);
    }

    private static WindowAverage Mean(IEnumerable<MatchValue> window)
    {
        var values = window.ToList();
        return values.Count == 0
            ? WindowAverage.None
            : new WindowAverage(values.Count, values.Sum(v => v.For) / values.Count, values.Sum(v => v.Against) / values.Count);
    }
}

public static class AverageRounding
{
    /// <summary>For showing: means to 2 places, half away from zero.</summary>
    public static AverageSet Rounded(this AverageSet set) =>
        set with { Last5 = set.Last5.Rounded(), Last10 = set.Last10.Rounded(), Season = set.Season.Rounded() };

    private static WindowAverage Rounded(this WindowAverage average) =>
        average with { For = LinePredictor.Round(average.For), Against = LinePredictor.Round(average.Against) };
}
