using Proppr.Actors.Betting;
using Proppr.Actors.Hosting;
using Proppr.Actors.ReadModel;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.ReadModel.ReadModelSamples;

namespace Proppr.Actors.Tests.ReadModel;

/// <summary>
/// The read side over one match day, on both databases. Bets (placed on 14 March unless said):
/// a player/goals 10 @ 2.00 on F won; b team/corners 25 @ 1.80 on F lost; c player/corners 5 @ 3.00 on G pending;
/// d (no source)/goals 40 @ 1.50 on G placed 15 March, refunded on 15 March; e player/goals 20 @ 2.50 on F placed late
/// on 13 March, won and then corrected to lost. Settlements on 14 March at 17:00 (e's correction 17:30).
/// </summary>
public sealed class BetQueriesTests
{
    private static readonly DateOnly MatchDay = new(2026, 3, 14);
    private static readonly DateTimeOffset DayStart = new(2026, 3, 14, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SettledAt = DayStart.AddHours(17);
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly Bet A = Bet("a", stake: 10m, odds: 2m, placedAt: DayStart.AddHours(10));
    private static readonly Bet B = Bet("b", stake: 25m, odds: 1.8m, source: "team", market: Market.Corners, placedAt: DayStart.AddHours(11));
    private static readonly Bet C = Bet("c", stake: 5m, odds: 3m, market: Market.Corners, fixture: OtherFixture, placedAt: DayStart.AddHours(12));
    private static readonly Bet D = Bet("d", stake: 40m, odds: 1.5m, source: null, fixture: OtherFixture, placedAt: DayStart.AddHours(33));
    private static readonly Bet E = Bet("e", stake: 20m, odds: 2.5m, placedAt: DayStart.AddSeconds(-1));

    /// <summary>The match day's events in journal order; answers the offsets of the settlement rows, in order.</summary>
    private static async Task<long[]> WriteMatchDay(JournalScript script)
    {
        foreach (var bet in new[] { E, A, B, C, D })
        {
            await script.TrackAsync(bet);
        }
        var eWon = Won(E, SettledAt);
        return
        [
            await script.SettleAsync(Won(A, SettledAt)),
            await script.SettleAsync(Lost(B, SettledAt)),
            await script.SettleAsync(eWon),
            await script.ResettleAsync(Corrected(eWon, Lost(E))),
            await script.SettleAsync(Refunded(D, SettledAt.AddDays(1)), OtherFixture),
        ];
    }

    private static Task WithMatchDay(DatabaseProvider provider, Func<BetQueries, long[], Task> test) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            var store = new BetReadModelStore(database);
            DatabaseSchema.Migrate(database);
            var settlements = await WriteMatchDay(new JournalScript(store));
            await test(new BetQueries(database), settlements);
        });

    private static async Task<string[]> Ids(BetQueries queries, BetFilter filter) =>
        [.. (await queries.BetsAsync(filter, None)).Select(bet => bet.BetId)];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task Lists_the_bets_of_a_day_or_range_in_placing_order_narrowed_by_each_filter(DatabaseProvider provider) =>
        WithMatchDay(provider, async (queries, _) =>
        {
            var day = BetFilter.Day(MatchDay);
            (await Ids(queries, day)).Should().Equal("a", "b", "c");
            (await Ids(queries, new BetFilter(DayStart.AddDays(-1), DayStart.AddDays(2)))).Should().Equal("e", "a", "b", "c", "d");
            (await Ids(queries, day with { Source = "player" })).Should().Equal("a", "c");
            (await Ids(queries, day with { Market = Market.Corners })).Should().Equal("b", "c");
            (await Ids(queries, day with { FixtureId = OtherFixture })).Should().Equal("c");
            (await Ids(queries, day with { Status = SettlementStatus.Pending })).Should().Equal("c");
            (await Ids(queries, day with { MinStake = 10m })).Should().Equal("a", "b");
            (await Ids(queries, day with { Source = "player", Market = Market.Goals, Status = SettlementStatus.Won })).Should().Equal("a");
            (await Ids(queries, day with { Source = "nobody" })).Should().BeEmpty();
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task Settlements_since_an_offset_page_through_the_history_in_journal_order(DatabaseProvider provider) =>
        WithMatchDay(provider, async (queries, settlements) =>
        {
            var firstPage = await queries.SettlementsAfterAsync(0, 2, None);
            var rest = await queries.SettlementsAfterAsync(firstPage[^1].Offset, 100, None);

            firstPage.Select(s => s.BetId).Should().Equal("a", "b");
            rest.Select(s => (s.BetId, s.Kind)).Should().Equal(
                ("e", SettlementKind.Settled), ("e", SettlementKind.Resettled), ("d", SettlementKind.Settled));
            firstPage.Concat(rest).Select(s => s.Offset).Should().Equal(settlements);
            (await queries.SettlementsAfterAsync(settlements[^1], 100, None)).Should().BeEmpty();
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task Settlements_since_a_time_include_that_instant(DatabaseProvider provider) =>
        WithMatchDay(provider, async (queries, _) =>
        {
            (await queries.SettlementsSinceAsync(SettledAt.AddMinutes(30), 100, None)).Select(s => s.BetId).Should().Equal("e", "d");
            (await queries.SettlementsSinceAsync(SettledAt.AddDays(1), 100, None)).Select(s => s.BetId).Should().Equal("d");
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task Pnl_counts_each_bet_settled_in_the_range_once_by_its_current_settlement(DatabaseProvider provider) =>
        WithMatchDay(provider, async (queries, _) =>
        {
            var bySource = await queries.PnlAsync(DayStart, DayStart.AddDays(1), PnlGrouping.Source, None);

            // a won +10, b lost -25, e corrected to lost -20; c is pending and d settled the next day.
            bySource.Total.Should().Be(new PnlFigures(3, 1, 2, 0, 55m, 20m, -35m, -0.6364m, 0.3333m, null));
            bySource.Groups.Should().Equal(
                new PnlGroup("player", new PnlFigures(2, 1, 1, 0, 30m, 20m, -10m, -0.3333m, 0.5m, null)),
                new PnlGroup("team", new PnlFigures(1, 0, 1, 0, 25m, 0m, -25m, -1m, 0m, null)));

            var byMarket = await queries.PnlAsync(DayStart, DayStart.AddDays(1), PnlGrouping.Market, None);
            byMarket.Groups.Select(group => (group.Key, group.Figures.Profit)).Should().Equal(("corners", -25m), ("goals", -10m));

            var byDay = await queries.PnlAsync(DayStart, DayStart.AddDays(2), PnlGrouping.Day, None);
            byDay.Groups.Select(group => (group.Key, group.Figures.Count, group.Figures.Voids)).Should().Equal(
                ("2026-03-14", 3, 0), ("2026-03-15", 1, 1));
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task Answers_which_fixtures_have_bets_and_which_have_open_ones(DatabaseProvider provider) =>
        WithMatchDay(provider, async (queries, _) =>
        {
            (await queries.HasBetsAsync(Fixture, None)).Should().BeTrue();
            (await queries.HasBetsAsync(OtherFixture, None)).Should().BeTrue();
            (await queries.HasBetsAsync(1, None)).Should().BeFalse();
            (await queries.OpenFixtureIdsAsync(None)).Should().Equal(OtherFixture);
            (await queries.FixturesOfAsync(["a", "c", "zz"], None)).Should().BeEquivalentTo(
                new Dictionary<string, long> { ["a"] = Fixture, ["c"] = OtherFixture });
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task Reads_bets_by_id_in_one_query_per_chunk_of_ids(DatabaseProvider provider) =>
        WithMatchDay(provider, async (queries, _) =>
        {
            // More ids than one statement takes, the match day's among them.
            string[] ids = [.. Enumerable.Range(0, 450).Select(i => $"unknown-{i}"), "e", "a", "d"];

            var bets = await queries.BetsByIdsAsync(ids, None);

            bets.Select(bet => (bet.BetId, bet.Status)).Should().BeEquivalentTo(
                [("e", SettlementStatus.Lost), ("a", SettlementStatus.Won), ("d", SettlementStatus.Refund)]);
            (await queries.BetsByIdsAsync([], None)).Should().BeEmpty();
        });

    [Fact]
    public Task An_unknown_bet_is_not_found() =>
        WithMatchDay(DatabaseProvider.Sqlite, async (queries, _) =>
        {
            (await queries.BetAsync("zz", None)).Should().BeNull();
            (await queries.BetAsync("c", None))!.Status.Should().Be(SettlementStatus.Pending);
        });
}
