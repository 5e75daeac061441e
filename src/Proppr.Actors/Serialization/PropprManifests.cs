using System.Collections.Frozen;
using System.Text.Json.Serialization.Metadata;
using Proppr.Actors.Fixtures;

namespace Proppr.Actors.Serialization;

/// <summary>
/// The one registry of serializable types and their manifests. A manifest is written into every journal row and
/// remote envelope, so it must never change once used: rename a type freely, never its manifest.
/// </summary>
public static class PropprManifests
{
    private static readonly (string Manifest, JsonTypeInfo TypeInfo)[] Entries =
    [
        ("fx-track", PropprJsonContext.Default.TrackBets),
        ("fx-tracked-reply", PropprJsonContext.Default.BetsTracked),
        ("fx-refresh", PropprJsonContext.Default.RefreshMatch),
        ("fx-get", PropprJsonContext.Default.GetFixture),
        ("fx-get-bet", PropprJsonContext.Default.GetBet),
        ("fx-bet-view", PropprJsonContext.Default.BetView),
        ("fx-bet-missing", PropprJsonContext.Default.BetNotFound),
        ("fx-view", PropprJsonContext.Default.FixtureView),
        ("fx-ev-tracked", PropprJsonContext.Default.BetTracked),
        ("fx-ev-settled", PropprJsonContext.Default.BetSettled),
        ("fx-ev-resettled", PropprJsonContext.Default.BetResettled),
        ("fx-ev-state", PropprJsonContext.Default.MatchStateChanged),
        ("fx-ev-correction", PropprJsonContext.Default.CorrectionCheckCompleted),
        ("fx-snapshot", PropprJsonContext.Default.FixtureSnapshot),
        ("fx-odds", PropprJsonContext.Default.ApplyOdds),
        ("fx-get-odds", PropprJsonContext.Default.GetFixtureOdds),
        ("fx-odds-view", PropprJsonContext.Default.FixtureOddsView),
        ("fx-odds-signal", PropprJsonContext.Default.FixtureOddsSignal),
        ("fx-ev-closing-line", PropprJsonContext.Default.BetClosingLine),
        ("fx-ev-tracked-together", PropprJsonContext.Default.BetsTrackedTogether),
        ("fx-ev-round-settled", PropprJsonContext.Default.RoundSettled),
        ("fx-ev-closing-lines", PropprJsonContext.Default.ClosingLinesFixed),
        ("fx-ev-bets-moved", PropprJsonContext.Default.BetsMoved),
        ("fx-relocated", PropprJsonContext.Default.FixtureRelocated),
        ("rl-request", PropprJsonContext.Default.RequestPermit),
        ("rl-reply", PropprJsonContext.Default.PermitReply),
        ("rl-report", PropprJsonContext.Default.ReportResponse),
        ("rl-get-state", PropprJsonContext.Default.GetLimiterState),
        ("rl-api-state", PropprJsonContext.Default.ApiLimitState),
        ("rl-state", PropprJsonContext.Default.LimiterState),
        ("rl-ev-granted", PropprJsonContext.Default.PermitGranted),
        ("rl-ev-blocked", PropprJsonContext.Default.ApiBlocked),
        ("rl-ev-backoff", PropprJsonContext.Default.BackoffChanged),
        ("rl-snapshot", PropprJsonContext.Default.RateLimiterSnapshot),
        ("fr-resolve", PropprJsonContext.Default.ResolveFixture),
        ("fr-track-resolved", PropprJsonContext.Default.TrackOnResolvedFixture),
        ("fr-resolved-bets", PropprJsonContext.Default.ResolvedBets),
        ("fr-resolution", PropprJsonContext.Default.FixtureResolution),
        ("fr-map", PropprJsonContext.Default.MapFixture),
        ("fr-relocate", PropprJsonContext.Default.RelocateFixture),
        ("fr-get-unresolved", PropprJsonContext.Default.GetUnresolvedFixtures),
        ("fr-unresolved", PropprJsonContext.Default.UnresolvedFixtures),
        ("fr-unresolved-item", PropprJsonContext.Default.UnresolvedFixture),
        ("fr-ev-queued", PropprJsonContext.Default.ResolutionQueued),
        ("fr-ev-resolved", PropprJsonContext.Default.ExternalFixtureResolved),
        ("fr-ev-delivered", PropprJsonContext.Default.HeldBetsDelivered),
        ("fr-ev-attempt-failed", PropprJsonContext.Default.ResolutionAttemptFailed),
        ("fr-snapshot", PropprJsonContext.Default.FixtureResolverSnapshot),
        ("rm-get-progress", PropprJsonContext.Default.GetProjectionProgress),
        ("rm-progress", PropprJsonContext.Default.ProjectionProgress),
        ("rm-rebuild", PropprJsonContext.Default.RebuildReadModel),
        ("rm-rebuild-started", PropprJsonContext.Default.ReadModelRebuildStarted),
        ("rm-rebuild-failed", PropprJsonContext.Default.ReadModelRebuildFailed),
        ("of-get-status", PropprJsonContext.Default.GetOddsFeedStatus),
        ("of-status", PropprJsonContext.Default.OddsFeedStatus),
        ("of-get-routing", PropprJsonContext.Default.GetOddsRoutingStatus),
        ("of-routing", PropprJsonContext.Default.OddsRoutingStatus),
        ("lg-get-status", PropprJsonContext.Default.GetLedgerStatus),
        ("lg-status", PropprJsonContext.Default.LedgerStatus),
        ("lg-resync", PropprJsonContext.Default.ResyncLedger),
        ("lg-resync-queued", PropprJsonContext.Default.LedgerResyncQueued),
        ("st-record-match", PropprJsonContext.Default.RecordMatchStats),
        ("st-track-upcoming", PropprJsonContext.Default.TrackUpcomingFixture),
        ("st-get-progress", PropprJsonContext.Default.GetStatsProgress),
        ("st-progress", PropprJsonContext.Default.StatsProgress),
        ("st-get-crawl", PropprJsonContext.Default.GetCrawlProgress),
        ("st-crawl", PropprJsonContext.Default.CrawlProgress),
        ("cc-changed", PropprJsonContext.Default.ClientCategoryChanged),
    ];

    private static readonly FrozenDictionary<Type, (string Manifest, JsonTypeInfo TypeInfo)> ByType =
        Entries.ToFrozenDictionary(e => e.TypeInfo.Type);

    private static readonly FrozenDictionary<string, JsonTypeInfo> ByManifest =
        Entries.ToFrozenDictionary(e => e.Manifest, e => e.TypeInfo);

    public static IEnumerable<Type> RegisteredTypes => ByType.Keys;

    public static bool TryGet(Type type, out string manifest, out JsonTypeInfo typeInfo)
    {
        var found = ByType.TryGetValue(type, out var entry);
        (manifest, typeInfo) = entry;
        return found;
    }

    public static bool TryGet(string manifest, out JsonTypeInfo typeInfo) =>
        ByManifest.TryGetValue(manifest, out typeInfo!);
}
