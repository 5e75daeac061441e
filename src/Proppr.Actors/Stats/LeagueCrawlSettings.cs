namespace Proppr.Actors.Stats;

/// <summary>
/// Which leagues the stats pipeline crawls and when (<see cref="LeagueCrawlPlan"/>): every day at <see cref="DailyAt"/>
/// UTC, as the old crawler did at 06:00, it reads the day listings around today and fetches the listed matches of
/// <see cref="Leagues"/>; each upcoming one again <see cref="RefreshBeforeKickoff"/> before it starts.
/// </summary>
public sealed record LeagueCrawlSettings
{
    /// <summary>FotMob league ids (<c>primaryId</c>: 47 is England's Premier League); none, no crawl.</summary>
    public IReadOnlyList<long> Leagues { get; init; } = Array.Empty<long>();

    public TimeOnly DailyAt { get; init; } = new(6, 0);

    /// <summary>Listings of this many past days are read for finished matches not yet recorded.</summary>
    public int DaysBack { get; init; } = 1;

    /// <summary>Listings of this many coming days are read for fixtures to predict.</summary>
    public int DaysAhead { get; init; } = 7;

    /// <summary>An upcoming fixture is fetched again this long before kickoff (predicted lineups are out by then).</summary>
    public TimeSpan RefreshBeforeKickoff { get; init; } = TimeSpan.FromHours(2);
}
