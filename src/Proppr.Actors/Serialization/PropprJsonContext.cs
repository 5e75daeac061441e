using System.Text.Json.Serialization;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Ledger;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds.Client;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.ReadModel;
using Proppr.Actors.ReadModel.Clients;
using Proppr.Actors.Stats;

namespace Proppr.Actors.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for every type in <see cref="PropprManifests"/>: no reflection at run
/// time, enums as names so reordering an enum cannot corrupt the journal.
/// </summary>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LineJsonConverter)])]
[JsonSerializable(typeof(TrackBets))]
[JsonSerializable(typeof(BetsTracked))]
[JsonSerializable(typeof(RefreshMatch))]
[JsonSerializable(typeof(GetFixture))]
[JsonSerializable(typeof(GetBet))]
[JsonSerializable(typeof(BetView))]
[JsonSerializable(typeof(BetNotFound))]
[JsonSerializable(typeof(FixtureView))]
[JsonSerializable(typeof(BetTracked))]
[JsonSerializable(typeof(BetSettled))]
[JsonSerializable(typeof(BetResettled))]
[JsonSerializable(typeof(MatchStateChanged))]
[JsonSerializable(typeof(CorrectionCheckCompleted))]
[JsonSerializable(typeof(FixtureSnapshot))]
[JsonSerializable(typeof(ApplyOdds))]
[JsonSerializable(typeof(GetFixtureOdds))]
[JsonSerializable(typeof(FixtureOddsView))]
[JsonSerializable(typeof(FixtureOddsSignal))]
[JsonSerializable(typeof(BetClosingLine))]
[JsonSerializable(typeof(BetsTrackedTogether))]
[JsonSerializable(typeof(RoundSettled))]
[JsonSerializable(typeof(ClosingLinesFixed))]
[JsonSerializable(typeof(BetsMoved))]
[JsonSerializable(typeof(FixtureRelocated))]
[JsonSerializable(typeof(RequestPermit))]
[JsonSerializable(typeof(PermitReply))]
[JsonSerializable(typeof(ReportResponse))]
[JsonSerializable(typeof(GetLimiterState))]
[JsonSerializable(typeof(ApiLimitState))]
[JsonSerializable(typeof(LimiterState))]
[JsonSerializable(typeof(PermitGranted))]
[JsonSerializable(typeof(ApiBlocked))]
[JsonSerializable(typeof(BackoffChanged))]
[JsonSerializable(typeof(RateLimiterSnapshot))]
[JsonSerializable(typeof(ResolveFixture))]
[JsonSerializable(typeof(TrackOnResolvedFixture))]
[JsonSerializable(typeof(ResolvedBets))]
[JsonSerializable(typeof(FixtureResolution))]
[JsonSerializable(typeof(MapFixture))]
[JsonSerializable(typeof(RelocateFixture))]
[JsonSerializable(typeof(GetUnresolvedFixtures))]
[JsonSerializable(typeof(UnresolvedFixture))]
[JsonSerializable(typeof(UnresolvedFixtures))]
[JsonSerializable(typeof(ResolutionQueued))]
[JsonSerializable(typeof(ExternalFixtureResolved))]
[JsonSerializable(typeof(ResolutionAttemptFailed))]
[JsonSerializable(typeof(HeldBetsDelivered))]
[JsonSerializable(typeof(FixtureResolverSnapshot))]
[JsonSerializable(typeof(GetProjectionProgress))]
[JsonSerializable(typeof(ProjectionProgress))]
[JsonSerializable(typeof(RebuildReadModel))]
[JsonSerializable(typeof(ReadModelRebuildStarted))]
[JsonSerializable(typeof(ReadModelRebuildFailed))]
[JsonSerializable(typeof(GetOddsFeedStatus))]
[JsonSerializable(typeof(OddsFeedStatus))]
[JsonSerializable(typeof(GetOddsRoutingStatus))]
[JsonSerializable(typeof(OddsRoutingStatus))]
[JsonSerializable(typeof(GetLedgerStatus))]
[JsonSerializable(typeof(LedgerStatus))]
[JsonSerializable(typeof(ResyncLedger))]
[JsonSerializable(typeof(LedgerResyncQueued))]
[JsonSerializable(typeof(RecordMatchStats))]
[JsonSerializable(typeof(TrackUpcomingFixture))]
[JsonSerializable(typeof(GetStatsProgress))]
[JsonSerializable(typeof(StatsProgress))]
[JsonSerializable(typeof(GetCrawlProgress))]
[JsonSerializable(typeof(CrawlProgress))]
[JsonSerializable(typeof(ClientCategoryChanged))]
internal sealed partial class PropprJsonContext : JsonSerializerContext;
