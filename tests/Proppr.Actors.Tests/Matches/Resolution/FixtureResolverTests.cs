using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Akka.Actor;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.Tests.Fixtures;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.Resolution;

/// <summary>
/// The resolver singleton on a real node, searching with the real <see cref="FotMobFixtureSearch"/> through the real
/// limiter against FotMob on loopback, which serves the real listing of 3 September 2023. Resolved bets go to a real
/// sharded fixture that grades them against Arsenal 3-1 Manchester United (4193490).
/// </summary>
public sealed class FixtureResolverTests : IAsyncLifetime
{
    private const long ArsenalManUtd = 4193490;
    private const string EventId = "odds-ev-61300017";

    private static readonly DateTimeOffset Kickoff = new(2023, 9, 3, 15, 30, 0, TimeSpan.Zero);
    private static readonly FixtureQuery Query = new(EventId, "Arsenal", "Man Utd", Kickoff);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static readonly FixtureResolverSettings Settings = FixtureResolverSettings.Default with
    {
        Backoff = new RetryBackoff(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)),
        TickInterval = TimeSpan.FromMilliseconds(100),
    };

    private static readonly RateLimiterSettings Limits = RateLimiterSettings.Default with
    {
        Intervals = new Dictionary<string, AdaptiveIntervalSettings> { [Apis.FotMob] = new() { BatchSize = 10_000 } },
    };

    /// <summary>Won: four goals.</summary>
    private static readonly Bet OverGoals = ScenarioBets.Match("ars-mun-over-2.5", Market.Goals, Selection.Over, 2.5m, 1.9m) with
    {
        FixtureId = null, OddsEventId = EventId,
    };

    /// <summary>Lost: Arsenal won.</summary>
    private static readonly Bet AwayWin = ScenarioBets.Match("ars-mun-away", Market.MatchResult, Selection.Away, null, 4.2m) with
    {
        FixtureId = null, OddsEventId = EventId,
    };

    private readonly TempDatabaseFile _database = new();
    private readonly ScriptedMatchData _matchData = new();
    private FotMobStandIn _fotMob = null!;

    public async Task InitializeAsync()
    {
        _fotMob = await FotMobStandIn.StartAsync();
        _fotMob.ServeListing(ReferenceData.FotMobListingDate, ReferenceData.ReadFotMobListing(ReferenceData.FotMobListingDate));
        _matchData.Publish(new RealMatch(ArsenalManUtd).FullTime, "full-time");
    }

    private Task<TestNode> StartNodeAsync(FixtureResolverSettings? settings = null)
    {
        var fotMob = new FotMobClientOptions { BaseUrl = _fotMob.BaseUrl, ListingCacheFor = TimeSpan.FromMilliseconds(100) };
        return TestNode.StartAsync(_database.Options, akka => akka
            .AddRateLimiter(Limits)
            .AddFixtureSharding(FixtureScenarioTests.Fast, _ => _matchData)
            .AddFixtureResolver(settings ?? Settings, registry =>
                new FotMobFixtureSearch(fotMob, new ActorRateLimiterClient(registry.Get<RateLimiter>(), TimeSpan.FromSeconds(5)))));
    }

    private void ServeListingWithoutArsenalManUtd()
    {
        var listing = JsonNode.Parse(ReferenceData.ReadFotMobListing(ReferenceData.FotMobListingDate))!;
        var premierLeague = listing["leagues"]![0]!["matches"]!.AsArray();
        premierLeague.Remove(premierLeague.Single(m => (long)m!["id"]! == ArsenalManUtd));
        _fotMob.ServeListing(ReferenceData.FotMobListingDate, listing.ToJsonString());
    }

    private static async Task<ImmutableArray<UnresolvedFixture>> UnresolvedAsync(TestNode node) =>
        (await node.Required<FixtureResolver>().Ask<UnresolvedFixtures>(GetUnresolvedFixtures.Instance, Wait)).Items;

    private static Task<BetView> ViewAsync(TestNode node, Bet bet) =>
        node.Required<FixtureRegion>().Ask<BetView>(new GetBet(ArsenalManUtd, bet.BetId), Wait);

    /// <summary>Both held bets reached the fixture under its FotMob id, and it graded them against the final score.</summary>
    private static async Task BetsSettledAsync(TestNode node)
    {
        await Eventually.HoldsAsync(async () =>
        {
            var over = await ViewAsync(node, OverGoals);
            over.Bet.FixtureId.Should().Be(ArsenalManUtd);
            over.Settlement.Should().Match<Settlement>(s => s.Status == SettlementStatus.Won && s.Returns == 19m);
        });
        (await ViewAsync(node, AwayWin)).Settlement.Should().Match<Settlement>(s => s.Status == SettlementStatus.Lost && s.ProfitLoss == -10m);
    }

    private async Task<FixtureMapping?> MappingAsync() =>
        (await new FixtureMappingStore(_database.Options).ListAsync(CancellationToken.None)).SingleOrDefault(mapping => mapping.ExternalId == EventId);

    [Fact]
    public async Task An_id_in_the_mapping_table_is_answered_without_asking_fotmob()
    {
        var store = new FixtureMappingStore(_database.Options);
        DatabaseSchema.Migrate(_database.Options);
        await store.SaveAsync(new FixtureMapping(EventId, ArsenalManUtd, null, Kickoff), CancellationToken.None);
        await using var node = await StartNodeAsync();
        var resolver = node.Required<FixtureResolver>();

        (await resolver.Ask<FixtureResolution>(new ResolveFixture(Query), Wait)).Should().Be(new FixtureResolution(EventId, ArsenalManUtd));
        var resolved = await resolver.Ask<ResolvedBets>(new TrackOnResolvedFixture(Query, [OverGoals, AwayWin]), Wait);

        resolved.Tracked.Should().Match<BetsTracked>(t => t.FixtureId == ArsenalManUtd && t.Outcomes.All(o => o.Status == TrackStatus.Accepted));
        await BetsSettledAsync(node);
        _fotMob.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_search_hit_is_saved_as_a_mapping_and_the_held_bets_are_graded_by_their_fixture()
    {
        await using var node = await StartNodeAsync();
        var asker = Inbox.Create(node.System);

        asker.Send(node.Required<FixtureResolver>(), new TrackOnResolvedFixture(Query, [OverGoals, AwayWin]));

        (await asker.ReceiveAsync(Wait)).Should().Be(new ResolvedBets(EventId, null), "kept, being searched for");
        await Eventually.HoldsAsync(async () =>
            (await MappingAsync()).Should().Match<FixtureMapping>(m => m.FixtureId == ArsenalManUtd && m.Score == 1.0));
        await BetsSettledAsync(node);
        (await UnresolvedAsync(node)).Should().BeEmpty();
        _fotMob.Requests.Select(r => r.PathAndQuery).Should().Equal(
            "/api/matches?date=20230901", "/api/matches?date=20230902", "/api/matches?date=20230903",
            "/api/matches?date=20230904", "/api/matches?date=20230905");
    }

    [Fact]
    public async Task An_unresolvable_query_stays_visible_is_retried_on_a_back_off_and_resolves_once_fotmob_lists_the_match()
    {
        ServeListingWithoutArsenalManUtd();
        _fotMob.Queue(FotMobFault.ServerError);
        await using var node = await StartNodeAsync();
        await node.Required<FixtureResolver>().Ask<ResolvedBets>(new TrackOnResolvedFixture(Query, [OverGoals, AwayWin]), Wait);

        UnresolvedFixture? seen = null;
        await Eventually.HoldsAsync(async () =>
        {
            seen = (await UnresolvedAsync(node)).Should().ContainSingle().Subject;
            seen.Should().Match<UnresolvedFixture>(u => u.Query == Query && u.HeldBets == 2 && u.Attempts >= 3);
            seen.LastError.Should().Be("no single match for Arsenal v Man Utd among 488 candidates");
        });
        await Eventually.HoldsAsync(async () =>
        {
            var later = (await UnresolvedAsync(node)).Single();
            later.Attempts.Should().BeGreaterThan(seen!.Attempts);
            later.NextAttemptAt.Should().BeAfter(seen.NextAttemptAt);
        });
        var failures = (await JournalReader.EventsAsync(node.System, FixtureResolver.PersistenceIdValue)).OfType<ResolutionAttemptFailed>().ToList();
        failures[0].Error.Should().Be("FotMob answered 500 Internal Server Error for the listing of 2023-09-01");
        failures[1].Error.Should().Be("no single match for Arsenal v Man Utd among 488 candidates");
        (await MappingAsync()).Should().BeNull();

        _fotMob.ServeListing(ReferenceData.FotMobListingDate, ReferenceData.ReadFotMobListing(ReferenceData.FotMobListingDate));

        await BetsSettledAsync(node);
        (await MappingAsync())!.FixtureId.Should().Be(ArsenalManUtd);
        (await UnresolvedAsync(node)).Should().BeEmpty();
    }

    [Fact]
    public async Task Held_bets_and_their_attempts_survive_a_node_restart()
    {
        ServeListingWithoutArsenalManUtd();
        int attemptsBeforeStop;
        await using (var first = await StartNodeAsync())
        {
            await first.Required<FixtureResolver>().Ask<ResolvedBets>(new TrackOnResolvedFixture(Query, [OverGoals]), Wait);
            await first.Required<FixtureResolver>().Ask<ResolvedBets>(new TrackOnResolvedFixture(Query, [AwayWin, OverGoals]), Wait);
            await Eventually.HoldsAsync(async () => (await UnresolvedAsync(first)).Single().Attempts.Should().BeGreaterThanOrEqualTo(2));
            attemptsBeforeStop = (await UnresolvedAsync(first)).Single().Attempts;
        }

        await using var second = await StartNodeAsync();
        var kept = (await UnresolvedAsync(second)).Should().ContainSingle().Subject;
        kept.HeldBets.Should().Be(2, "both bets, the one sent twice once");
        kept.Attempts.Should().BeGreaterThanOrEqualTo(attemptsBeforeStop, "the back-off goes on where it was");

        _fotMob.ServeListing(ReferenceData.FotMobListingDate, ReferenceData.ReadFotMobListing(ReferenceData.FotMobListingDate));
        await BetsSettledAsync(second);
        (await UnresolvedAsync(second)).Should().BeEmpty();
    }

    [Fact]
    public async Task Outstanding_work_is_snapshotted_and_the_events_before_it_dropped_without_losing_a_bet()
    {
        ServeListingWithoutArsenalManUtd();
        var snapshotOften = Settings with { SnapshotEvery = 3 };
        var queries = new[] { Query, Query with { ExternalId = "odds-ev-2" }, Query with { ExternalId = "odds-ev-3" } };
        await using (var first = await StartNodeAsync(snapshotOften))
        {
            foreach (var query in queries)
            {
                await first.Required<FixtureResolver>().Ask<ResolvedBets>(
                    new TrackOnResolvedFixture(query, [OverGoals with { BetId = "over-" + query.ExternalId, OddsEventId = query.ExternalId }, AwayWin with { BetId = "away-" + query.ExternalId, OddsEventId = query.ExternalId }]), Wait);
            }
            await Eventually.HoldsAsync(async () => (await UnresolvedAsync(first)).Should().OnlyContain(u => u.Attempts > 0));
            await Eventually.HoldsAsync(async () =>
                (await JournalReader.EventsAsync(first.System, FixtureResolver.PersistenceIdValue)).OfType<ResolutionQueued>()
                    .Should().BeEmpty("every query was queued before a later snapshot"));
        }

        await using var second = await StartNodeAsync(snapshotOften);
        (await UnresolvedAsync(second)).Should().HaveCount(3).And.OnlyContain(u => u.HeldBets == 2 && u.Attempts > 0);

        _fotMob.ServeListing(ReferenceData.FotMobListingDate, ReferenceData.ReadFotMobListing(ReferenceData.FotMobListingDate));
        await Eventually.HoldsAsync(async () => (await UnresolvedAsync(second)).Should().BeEmpty());
        await Eventually.HoldsAsync(async () =>
        {
            foreach (var query in queries)
            {
                (await ViewAsync(second, OverGoals with { BetId = "over-" + query.ExternalId })).Settlement!.Status.Should().Be(SettlementStatus.Won);
            }
        });
    }

    [Fact]
    public async Task An_operator_maps_an_id_no_search_can_find_and_its_bets_go_to_that_fixture()
    {
        var nicknames = Query with { HomeTeam = "The Gunners", AwayTeam = "The Red Devils" };
        await using var node = await StartNodeAsync();
        var resolver = node.Required<FixtureResolver>();
        await resolver.Ask<ResolvedBets>(new TrackOnResolvedFixture(nicknames, [OverGoals, AwayWin]), Wait);
        await Eventually.HoldsAsync(async () => (await UnresolvedAsync(node)).Single().Attempts.Should().BeGreaterThan(0));

        var answer = await resolver.Ask<FixtureResolution>(new MapFixture(EventId, ArsenalManUtd), Wait);

        answer.Should().Be(new FixtureResolution(EventId, ArsenalManUtd));
        (await MappingAsync()).Should().Match<FixtureMapping>(m => m.FixtureId == ArsenalManUtd && m.Score == null);
        await BetsSettledAsync(node);
        (await UnresolvedAsync(node)).Should().BeEmpty();
        (await resolver.Ask<FixtureResolution>(new ResolveFixture(nicknames), Wait)).FixtureId.Should().Be(ArsenalManUtd);
    }

    [Fact]
    public async Task A_fixture_looking_for_its_match_again_never_finds_itself()
    {
        await using var node = await StartNodeAsync();

        // Arsenal v Man Utd relocating from its own id: the listing's only such match is itself.
        node.Required<FixtureResolver>().Tell(new RelocateFixture(ArsenalManUtd, Query, []));

        await Eventually.HoldsAsync(async () =>
        {
            var lost = (await UnresolvedAsync(node)).Should().ContainSingle().Subject;
            (lost.Query.ExternalId, lost.HeldBets).Should().Be((FixtureRelocation.KeyOf(ArsenalManUtd), 0));
            lost.Attempts.Should().BeGreaterThan(0);
            lost.LastError.Should().Contain("no single match for Arsenal v Man Utd");
        });
    }

    [Fact]
    public async Task A_relocation_takes_the_fixture_an_odds_id_of_its_bets_is_mapped_to_without_a_search()
    {
        const long gone = 990_001;
        var store = new FixtureMappingStore(_database.Options);
        DatabaseSchema.Migrate(_database.Options);
        await store.SaveAsync(new FixtureMapping(EventId, ArsenalManUtd, null, Kickoff), CancellationToken.None);
        await using var node = await StartNodeAsync();

        node.Required<FixtureResolver>().Tell(new RelocateFixture(gone, Query with { ExternalId = FixtureRelocation.KeyOf(gone) }, ["unknown-odds-id", EventId]));

        await Eventually.HoldsAsync(async () =>
            (await store.FixturesOfAsync([FixtureRelocation.KeyOf(gone)], CancellationToken.None)).Should().Equal(
                new Dictionary<string, long> { [FixtureRelocation.KeyOf(gone)] = ArsenalManUtd }));
        _fotMob.Requests.Should().BeEmpty();
        (await UnresolvedAsync(node)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_fixture_that_never_showed_its_teams_is_listed_for_an_operator_without_a_search()
    {
        const long nameless = 990_002;
        await using var node = await StartNodeAsync();

        node.Required<FixtureResolver>().Tell(new RelocateFixture(nameless, null, []));

        await Eventually.HoldsAsync(async () =>
            (await UnresolvedAsync(node)).Should().ContainSingle().Which.LastError.Should().Contain($"map fotmob:{nameless}"));
        _fotMob.Requests.Should().BeEmpty();
        FixtureRelocation.FixtureOf(FixtureRelocation.KeyOf(nameless)).Should().Be(nameless);
        FixtureRelocation.FixtureOf(EventId).Should().BeNull();
    }

    public async Task DisposeAsync()
    {
        await _fotMob.DisposeAsync();
        _database.Dispose();
    }
}
