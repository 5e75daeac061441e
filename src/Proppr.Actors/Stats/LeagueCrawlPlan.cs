using System.Collections.Immutable;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.Resolution;

namespace Proppr.Actors.Stats;

/// <summary>A listed match the crawl fetches: a finished one adds to the averages, an upcoming one gets predictions.</summary>
public sealed record CrawlTarget(long MatchId, DateTimeOffset Kickoff, bool Finished);

/// <summary>
/// The league crawl's rules, no I/O: when the daily crawl runs, which day listings it reads, which listed matches it
/// fetches (the configured leagues' finished matches not yet recorded, then their upcoming fixtures by kickoff; called
/// off and live matches are left to their fixtures), and when an upcoming fixture is fetched again before kickoff.
/// </summary>
public sealed class LeagueCrawlPlan(LeagueCrawlSettings settings)
{
    private readonly ImmutableHashSet<long> _leagues = [.. settings.Leagues];

    public bool Enabled => !_leagues.IsEmpty;

    /// <summary>The next <see cref="LeagueCrawlSettings.DailyAt"/> strictly after <paramref name="now"/>.</summary>
    public DateTimeOffset NextRun(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var today = new DateTimeOffset(DateOnly.FromDateTime(utc.UtcDateTime).ToDateTime(settings.DailyAt), TimeSpan.Zero);
        return today > utc ? today : today.AddDays(1);
    }

    /// <summary>The UTC days whose listings one crawl reads, oldest first.</summary>
    public ImmutableArray<DateOnly> Days(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return [.. Enumerable.Range(-settings.DaysBack, settings.DaysBack + settings.DaysAhead + 1).Select(today.AddDays)];
    }

    /// <summary>What to fetch from a listing: <paramref name="recorded"/> are the matches whose result is already stored.</summary>
    public ImmutableArray<CrawlTarget> Pick(IEnumerable<FixtureCandidate> listed, IReadOnlySet<long> recorded, DateTimeOffset now)
    {
        var ours = listed.Where(c => c.LeagueId is { } league && _leagues.Contains(league)).DistinctBy(c => c.MatchId).ToList();
        var finished = ours.Where(c => c.Status == MatchStatus.Finished && !recorded.Contains(c.MatchId)).OrderBy(c => c.Kickoff);
        var upcoming = ours.Where(c => c.Status == MatchStatus.NotStarted && c.Kickoff > now).OrderBy(c => c.Kickoff);
        return [.. finished.Select(c => new CrawlTarget(c.MatchId, c.Kickoff, true)), .. upcoming.Select(c => new CrawlTarget(c.MatchId, c.Kickoff, false))];
    }

    /// <summary>How long until the upcoming fixture is fetched again, or null when that moment has passed.</summary>
    public TimeSpan? RefreshIn(DateTimeOffset kickoff, DateTimeOffset now)
    {
        var wait = kickoff - settings.RefreshBeforeKickoff - now;
        return wait > TimeSpan.Zero ? wait : null;
    }
}
