using Proppr.Actors.Matches;
using Proppr.Actors.Serialization;

namespace Proppr.Actors.Stats;

/// <summary>What a match snapshot tells the stats pipeline, whoever fetched it (a fixture's poll, the league crawl).</summary>
public static class PipelineMessage
{
    /// <summary>A finished match's counts, a not-started match's teams, kickoff and lineup, or null (a live snapshot).</summary>
    public static IPropprMessage? For(MatchDetails match) =>
        MatchStatsExtractor.Extract(match) is { } record ? new RecordMatchStats(record)
        : UpcomingFixture.From(match) is { } upcoming ? new TrackUpcomingFixture(upcoming)
        : null;
}
