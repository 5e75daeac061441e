namespace Proppr.Actors.Stats;

/// <summary>Which averages feed the predictions and when they are refreshed. Replays and tests shrink the times.</summary>
public sealed record StatsSettings
{
    public static readonly StatsSettings Default = new();

    /// <summary>Seasons start in July unless configured otherwise.</summary>
    public int SeasonStartMonth { get; init; } = 7;

    /// <summary>Every upcoming fixture's projections are computed again this often (daily: new matches elsewhere count).</summary>
    public TimeSpan RefreshEvery { get; init; } = TimeSpan.FromDays(1);

    /// <summary>And once more this long before kickoff, when the lineups are out.</summary>
    public TimeSpan BeforeKickoff { get; init; } = TimeSpan.FromMinutes(60);

    public AverageWindow TeamWindow { get; init; } = AverageWindow.Last10;

    public AverageWindow PlayerWindow { get; init; } = AverageWindow.Last5;

    /// <summary>The daily crawl of the configured leagues, so fixtures nobody bet on get predictions too.</summary>
    public LeagueCrawlSettings Crawl { get; init; } = new();

    public SeasonCalendar Calendar => new(SeasonStartMonth);
}

public enum AverageWindow
{
    Last5,
    Last10,
    Season,
}

public static class AverageWindowExtensions
{
    public static WindowAverage Pick(this AverageSet averages, AverageWindow window) => window switch
    {
        AverageWindow.Last5 => averages.Last5,
        AverageWindow.Season => averages.Season,
        _ => averages.Last10,
    };
}
