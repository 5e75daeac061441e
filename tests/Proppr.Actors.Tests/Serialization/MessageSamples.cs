using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Ledger;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.Client;
using Proppr.Actors.Odds.Feed;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.ReadModel;
using Proppr.Actors.ReadModel.Clients;
using Proppr.Actors.Stats;

namespace Proppr.Actors.Tests.Serialization;

/// <summary>
/// One filled-in instance of every type the Proppr serializer registers, every optional member set, so a round trip
/// proves each member survives. A registered type without a sample fails <see cref="SerializerRoundTripTests"/>.
/// </summary>
public static class MessageSamples
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 20, 45, 12, TimeSpan.Zero);

    public static readonly Bet Bet = new()
    {
        BetId = "bet-1",
        FixtureId = 4506508,
        OddsEventId = "odds-61300001",
        HomeTeam = "Liverpool",
        AwayTeam = "Manchester United",
        Kickoff = At.AddHours(-2),
        Scope = BetScope.Player,
        PlayerId = 292462,
        PlayerName = "Mohamed Salah",
        Market = Market.ShotsOnTarget,
        Period = BetPeriod.FirstHalf,
        Selection = Selection.Over,
        Line = Line.Of(1.25m),
        Odds = 2.05m,
        Stake = 12.5m,
        VoidRule = VoidRule.Appearance,
        Source = "desk-a",
        Client = "client-7",
        PlacedAt = At.AddHours(-3),
        ScoreAtPlacement = new Score(1, 0),
    };

    public static readonly Settlement Settlement = new()
    {
        BetId = "bet-1",
        Status = SettlementStatus.HalfWon,
        ActualValue = 2m,
        Returns = 18.91m,
        ProfitLoss = 6.41m,
        Reason = "corrected",
        SettledAt = At,
        FixtureState = MatchStatus.Finished,
        ResettledFrom = new Settlement
        {
            BetId = "bet-1", Status = SettlementStatus.Lost, ActualValue = 1m, Returns = 0m, ProfitLoss = -12.5m,
            SettledAt = At.AddMinutes(-30), FixtureState = MatchStatus.Finished,
        },
    };

    private static readonly OddsKey Over25 = new(MarketNames.Totals, OddsOutcomes.Over, 2.5m);

    private static readonly OddsEntry Entry = new(Over25, 1.91m, At.AddMinutes(-1), 500m);

    private static readonly BookmakerMarkets Markets = new("Bet365 (no latency)",
        [new OddsMarket(MarketNames.Totals, At.AddMinutes(-1), [Entry, new OddsEntry(Over25 with { Outcome = OddsOutcomes.Under }, 1.95m, null)]),
         new OddsMarket("Player Props", null, [new OddsEntry(new OddsKey("Player Props", OddsOutcomes.Over, 0.5m, "Mohamed Salah (Shots On Target)"), 2.2m, At)])]);

    private static readonly ClosingLine Closing = new("bet-1", "Pinnacle", Over25, 2.05m, 1.9m, At.AddHours(-2), 0.0789m);

    private static readonly PriceDrop Drop = new("Bet365", Over25, 2.00m, 1.91m, 4.5m, At);

    private static readonly ValueBet Value = new("Bet365", Over25, 2.10m, 2.016043m, 0.0416m, At.AddSeconds(30));

    private static readonly FixtureQuery Query = new("61300001", "Liverpool", "Man Utd", At.AddHours(20));

    private static readonly UnresolvedFixture Unresolved = new(Query, 3, 2, "no single match", At.AddMinutes(2));

    private static readonly PermitGranted Granted = new(Apis.OddsApi, At);
    private static readonly ApiBlocked Blocked = new(Apis.OddsApi, At.AddMinutes(5));
    private static readonly BackoffChanged Backoff = new(Apis.FotMob, TimeSpan.FromMinutes(4), true);
    private static readonly ApiLimitState LimitState = new(Apis.OddsApi, 120, 5000, TimeSpan.FromHours(1), true, At.AddMinutes(5));

    public static IReadOnlyDictionary<Type, object> All { get; } = new object[]
    {
        new TrackBets(4506508, [Bet]),
        new BetsTracked(4506508, [new TrackOutcome("bet-1", TrackStatus.Accepted), new TrackOutcome("bet-2", TrackStatus.Rejected, "invalid_odds")]),
        new RefreshMatch(4506508),
        new GetFixture(4506508),
        new GetBet(4506508, "bet-1"),
        new BetView(Bet, Settlement, Closing, 4193490),
        new BetNotFound(4506508, "bet-9"),
        new FixtureView(4506508, MatchStatus.Finished, new MatchTime(90, 4), new Score(2, 1), "Liverpool", "Manchester United", At, [new BetView(Bet, null)], 1, Grading: true),
        new BetTracked(4506508, Bet),
        new BetSettled(4506508, Settlement),
        new BetResettled(4506508, Settlement),
        new MatchStateChanged(4506508, MatchStatus.HalfTime, new MatchTime(45, 3), new Score(1, 1), "Liverpool", "Manchester United", At.AddHours(-1), At),
        new CorrectionCheckCompleted(4506508, 2, At),
        new FixtureSnapshot(4506508, MatchStatus.Finished, null, new Score(7, 0), "Liverpool", "Manchester United", At.AddHours(-2), At, 1,
            [new TrackedBet(Bet, Settlement, Closing), new TrackedBet(Bet with { BetId = "bet-2" }, null, MovedTo: 4193490)], MovedTo: 4193490),
        new ApplyOdds(4506508, "61300001", At.AddHours(2), [OddsTick.Quote(Markets, At), OddsTick.Withdraw("Pinnacle", At), OddsTick.Withdraw(null, At)]),
        new GetFixtureOdds(4506508),
        new FixtureOddsView(4506508, "61300001", At.AddHours(2), [new BookQuote("Bet365", "Bet365 (no latency)", Entry, At)], [Drop], [Value], [Closing]),
        new FixtureOddsSignal(4506508, [Drop], [Value], At),
        new BetClosingLine(4506508, Closing),
        new BetsTrackedTogether(4506508, [Bet, Bet with { BetId = "bet-2" }]),
        new RoundSettled(4506508, [Settlement with { BetId = "bet-2", ResettledFrom = null }, Settlement]),
        new ClosingLinesFixed(4506508, [Closing, Closing with { BetId = "bet-2" }]),
        new BetsMoved(4506508, 4193490, ["bet-1", "bet-2"], MoveReasons.NotFound, At),
        new FixtureRelocated(4506508, 4193490),
        GetOddsFeedStatus.Instance,
        new OddsFeedStatus(FeedPhase.Replaced, true, 2, At.AddMinutes(-3), At.AddMinutes(-2), 7, 4, 1, 1, 5, 1, 3, 2, 640,
            ImmutableDictionary<string, long>.Empty.Add("updated", 120).Add("malformed", 2)),
        GetOddsRoutingStatus.Instance,
        new OddsRoutingStatus(12, 3, 5),
        new RequestPermit(Apis.FotMob, PermitPriority.Live),
        new PermitReply(Apis.OddsApi, false, TimeSpan.FromSeconds(42)),
        new ReportResponse(Apis.OddsApi, 429, 0, At.AddMinutes(5), TimeSpan.FromSeconds(30)),
        GetLimiterState.Instance,
        LimitState,
        new LimiterState([LimitState], 1200, 3),
        Granted,
        Blocked,
        Backoff,
        new RateLimiterSnapshot([Granted], [Blocked], [Backoff]),
        new ResolveFixture(Query),
        new TrackOnResolvedFixture(Query, [Bet with { FixtureId = null }]),
        new ResolvedBets("61300001", new BetsTracked(4506508, [new TrackOutcome("bet-1", TrackStatus.Accepted)])),
        new FixtureResolution("61300001", 4506508, "the mapping could not be saved: database is locked"),
        new MapFixture("61300001", 4506508),
        new RelocateFixture(4506508, Query with { ExternalId = FixtureRelocation.KeyOf(4506508) }, ["61300001"]),
        GetUnresolvedFixtures.Instance,
        Unresolved,
        new UnresolvedFixtures([Unresolved]),
        new ResolutionQueued(Query, [Bet]),
        new ExternalFixtureResolved("61300001", 4506508, 0.91, At),
        new HeldBetsDelivered("61300001", ["b-1", "b-2"]),
        new ResolutionAttemptFailed("61300001", "no single match for Liverpool v Man Utd among 489 candidates", At),
        new FixtureResolverSnapshot(
            [new PendingResolution(Query, [Bet with { FixtureId = null }], 3, "FotMob answered 500 Internal Server Error", At.AddMinutes(4))],
            [new HeldDelivery("61300002", 4506508, [Bet])]),
        GetProjectionProgress.Instance,
        new ProjectionProgress(4711),
        RebuildReadModel.Instance,
        ReadModelRebuildStarted.Instance,
        new ReadModelRebuildFailed("database unreachable"),
        GetLedgerStatus.Instance,
        new LedgerStatus(42, 3, 120, 4, 900, 2, "Sheets answered 429 Too Many Requests", TimeSpan.FromSeconds(30)),
        ResyncLedger.Instance,
        new LedgerResyncQueued(412),
        new RecordMatchStats(new MatchStatsRecord(4506508, At.AddHours(-2), "Premier League",
            [new TeamMatchLine(8650, "Liverpool", 10260, true, [new TeamFigure(BetPeriod.FirstHalf, Stat.Corners, 2m, 2m)]),
             new TeamMatchLine(10260, "Manchester United", 8650, false, [new TeamFigure(BetPeriod.FullTime, Stat.ExpectedGoals, 1.05m, 2.82m)])],
            [new PlayerMatchLine(751550, "Diogo Dalot", 10260, true, [new PlayerFigure(BetPeriod.FullTime, Stat.Shots, 2m)])])),
        new TrackUpcomingFixture(new UpcomingFixture(4506509, 8650, "Liverpool", 10260, "Manchester United", At.AddDays(3), "Premier League",
            [new ExpectedPlayer(751550, "Diogo Dalot", 10260, true)])),
        GetStatsProgress.Instance,
        new StatsProgress(12, 30, "recording match 1: database unreachable"),
        GetCrawlProgress.Instance,
        new CrawlProgress(8, 41, 2, "match 4193696: FotMob sent an unreadable answer for match 4193696", 3, At.AddHours(9)),
        new ClientCategoryChanged("acc-7", new ClientCategory("acc-7", ClientCategories.Watchlist, "chases drops on corners", At)),
    }.ToImmutableDictionary(sample => sample.GetType());
}
