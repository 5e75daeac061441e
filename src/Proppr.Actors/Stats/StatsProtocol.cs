using Proppr.Actors.Serialization;

namespace Proppr.Actors.Stats;

/// <summary>A finished match's counts, sent by the node that hosts the fixture to the stats pipeline singleton.</summary>
public sealed record RecordMatchStats(MatchStatsRecord Record) : IPropprMessage;

/// <summary>A fixture's pre-match snapshot: (re)compute its projections and refresh them before kickoff.</summary>
public sealed record TrackUpcomingFixture(UpcomingFixture Fixture) : IPropprMessage;

/// <summary>Ask what the pipeline has done since it started; answered with <see cref="StatsProgress"/>.</summary>
public sealed record GetStatsProgress : IPropprMessage
{
    public static readonly GetStatsProgress Instance = new();
}

/// <summary>Matches recorded and projections computed since this singleton started, and the last failure if any.</summary>
public sealed record StatsProgress(long MatchesRecorded, long ProjectionsComputed, string? LastError) : IPropprMessage;

/// <summary>Ask the league crawler what it has done since it started; answered with <see cref="CrawlProgress"/>.</summary>
public sealed record GetCrawlProgress : IPropprMessage
{
    public static readonly GetCrawlProgress Instance = new();
}

/// <summary>
/// The league crawler's counts since it started: listings and matches read, failures (each also logged as an error)
/// and the last of them, what is still queued, and when the next daily crawl runs.
/// </summary>
public sealed record CrawlProgress(
    long ListingsRead,
    long MatchesRead,
    long Failures,
    string? LastError,
    int Queued,
    DateTimeOffset? NextCrawl) : IPropprMessage;
