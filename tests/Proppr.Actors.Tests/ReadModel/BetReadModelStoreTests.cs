using System.Text.Json;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.ReadModel;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.ReadModel.ReadModelSamples;

namespace Proppr.Actors.Tests.ReadModel;

/// <summary>The read model's write side on both databases: rows per event, offsets, idempotence, conflicts, reset.</summary>
public sealed class BetReadModelStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static Task WithStore(DatabaseProvider provider, Func<BetReadModelStore, BetQueries, Task> test) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            var store = new BetReadModelStore(database);
            DatabaseSchema.Migrate(database);
            await test(store, new BetQueries(database));
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_tracked_bet_becomes_a_pending_row_with_its_fields_and_contract_json(DatabaseProvider provider) =>
        WithStore(provider, async (store, queries) =>
        {
            var script = new JournalScript(store);
            var bet = Bet("b-1", stake: 12.50m, odds: 1.875m) with { Line = Line.Of(2.25m) };

            var offset = await script.TrackAsync(bet);

            var row = await queries.BetAsync("b-1", None);
            row.Should().BeEquivalentTo(new
            {
                BetId = "b-1", FixtureId = Fixture, Scope = BetScope.Match, Market = Market.Goals, Period = BetPeriod.FullTime,
                Selection = Selection.Over, Line = (Line?)Line.Of(2.25m), Odds = 1.875m, Stake = 12.50m, Source = "player",
                Client = "acc-7", PlacedAt = bet.PlacedAt!.Value, TrackedAt = JournalScript.WrittenAt,
                Status = SettlementStatus.Pending, ActualValue = (decimal?)null, Returns = 0m, ProfitLoss = 0m,
                SettledAt = (DateTimeOffset?)null, Resettled = false, Clv = (decimal?)null, SettlementOffset = (long?)null,
                LastOffset = offset, SettlementJson = (string?)null,
            });
            row!.BetJson.Should().Be(BetWriter.ToJsonLine(bet));
            (await store.LastOffsetAsync(None)).Should().Be(JournalPosition.OffsetOf(offset));
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_closing_line_fills_the_bets_clv_and_a_later_settlement_keeps_it(DatabaseProvider provider) =>
        WithStore(provider, async (store, queries) =>
        {
            var script = new JournalScript(store);
            var bet = Bet("b-1", odds: 2.05m);
            await script.TrackAsync(bet);
            var key = new Proppr.Actors.Odds.OddsKey("Totals", "over", 2.5m);
            var closed = await script.AppendAsync(new BetClosingLine(Fixture, new Proppr.Actors.Odds.Books.ClosingLine("b-1", "Pinnacle", key, 2.05m, 1.90m, Kickoff, 0.0789m)));
            var settled = await script.SettleAsync(Won(bet));

            var row = (await queries.BetAsync("b-1", None))!;
            row.Clv.Should().Be(0.0789m);
            row.Status.Should().Be(SettlementStatus.Won);
            row.LastOffset.Should().Be(settled);
            closed.Should().BeLessThan(settled);
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_resettlement_updates_the_bet_and_adds_a_history_row_naming_the_one_it_replaces(DatabaseProvider provider) =>
        WithStore(provider, async (store, queries) =>
        {
            var script = new JournalScript(store);
            var bet = Bet("b-1");
            await script.TrackAsync(bet);
            var won = Won(bet);
            var settledAt = await script.SettleAsync(won);

            var corrected = Corrected(won, Lost(bet));
            var resettledAt = await script.ResettleAsync(corrected);

            var row = (await queries.BetAsync("b-1", None))!;
            row.Status.Should().Be(SettlementStatus.Lost);
            row.Returns.Should().Be(0m);
            row.ProfitLoss.Should().Be(-10m);
            row.ActualValue.Should().Be(2m);
            row.SettledAt.Should().Be(corrected.SettledAt);
            row.Resettled.Should().BeTrue();
            row.SettlementOffset.Should().Be(resettledAt);
            row.LastOffset.Should().Be(resettledAt);

            var history = await queries.SettlementHistoryAsync("b-1", None);
            history.Should().HaveCount(2);
            history[0].Should().BeEquivalentTo(new
            {
                Offset = settledAt, Kind = SettlementKind.Settled, Status = SettlementStatus.Won, ReplacesOffset = (long?)null,
                SettledAt = won.SettledAt!.Value, FixtureId = Fixture,
            });
            history[1].Should().BeEquivalentTo(new
            {
                Offset = resettledAt, Kind = SettlementKind.Resettled, Status = SettlementStatus.Lost, ReplacesOffset = (long?)settledAt,
            });
            using var json = JsonDocument.Parse(history[1].SettlementJson);
            json.RootElement.GetProperty("resettled_from").GetProperty("status").GetString().Should().Be("won");
            row.SettlementJson.Should().Be(history[1].SettlementJson);
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_moved_bet_follows_its_move_keeps_the_trail_and_is_settled_by_its_new_fixture(DatabaseProvider provider) =>
        WithStore(provider, async (store, queries) =>
        {
            var script = new JournalScript(store);
            await script.TrackAsync(Bet("b-1"));
            var moved = await script.AppendAsync(new BetsMoved(Fixture, OtherFixture, ["b-1"], MoveReasons.NotFound, Kickoff));
            await script.TrackAsync(Bet("b-1", fixture: OtherFixture));
            var settled = await script.SettleAsync(Won(Bet("b-1")), OtherFixture);

            var row = (await queries.BetAsync("b-1", None))!;
            (row.FixtureId, row.Status, row.SettlementOffset).Should().Be((OtherFixture, SettlementStatus.Won, (long?)settled));
            (await queries.MovesAsync("b-1", None)).Should().Equal(new BetMoveRecord(moved, Fixture, OtherFixture, MoveReasons.NotFound, Kickoff));
            (await queries.FixturesOfAsync(["b-1"], None))["b-1"].Should().Be(Fixture, "a repeat of the bet as sent names its first fixture");
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_bet_id_reused_on_another_fixture_leaves_the_first_bets_row_history_and_clv_alone(DatabaseProvider provider) =>
        WithStore(provider, async (store, queries) =>
        {
            var script = new JournalScript(store);
            var first = Bet("b-1");
            var reused = Bet("b-1", stake: 99m, fixture: OtherFixture);
            await script.TrackAsync(first);
            await script.TrackAsync(reused);
            var key = new Proppr.Actors.Odds.OddsKey("Totals", "over", 2.5m);
            await script.AppendAsync(new BetClosingLine(OtherFixture, new Proppr.Actors.Odds.Books.ClosingLine("b-1", "Pinnacle", key, 2m, 1.5m, Kickoff, 0.3333m)));
            await script.SettleAsync(Lost(reused), OtherFixture);
            var settled = await script.SettleAsync(Won(first));

            var row = (await queries.BetAsync("b-1", None))!;
            row.Should().BeEquivalentTo(new
            {
                FixtureId = Fixture, Stake = 10m, Status = SettlementStatus.Won, Returns = 20m, Clv = (decimal?)null,
                SettlementOffset = (long?)settled, LastOffset = settled,
            });
            var history = await queries.SettlementHistoryAsync("b-1", None);
            history.Should().ContainSingle().Which.Should().BeEquivalentTo(new
            {
                Offset = settled, FixtureId = Fixture, Status = SettlementStatus.Won, ReplacesOffset = (long?)null,
            });
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_batch_applies_its_events_in_order_in_one_write_and_a_replayed_batch_changes_nothing(DatabaseProvider provider) =>
        WithStore(provider, async (store, queries) =>
        {
            var first = Bet("b-1");
            var second = Bet("b-2");
            BetJournalEvent[] batch =
            [
                new(4, JournalScript.WrittenAt, new BetTracked(Fixture, first)),
                new(5, JournalScript.WrittenAt, new BetTracked(Fixture, second)),
                new(9, JournalScript.WrittenAt, new BetSettled(Fixture, Won(first))),
                new(12, JournalScript.WrittenAt, new BetResettled(Fixture, Corrected(Won(first), Lost(first)))),
            ];

            (await store.ApplyAsync(0, batch, None)).Should().Be(12);
            var rows = new[] { await queries.BetAsync("b-1", None), await queries.BetAsync("b-2", None) };

            rows.Select(row => (row!.BetId, row.Status, row.LastOffset)).Should().Equal(
                [("b-1", SettlementStatus.Lost, JournalPosition.Of(12, 0)), ("b-2", SettlementStatus.Pending, JournalPosition.Of(5, 0))]);
            (await queries.SettlementHistoryAsync("b-1", None)).Select(entry => entry.Offset).Should().Equal(JournalPosition.Of(9, 0), JournalPosition.Of(12, 0));
            (await store.LastOffsetAsync(None)).Should().Be(12);

            (await store.ApplyAsync(0, batch, None)).Should().Be(12, "a batch the model already holds is not written again");
            new[] { await queries.BetAsync("b-1", None), await queries.BetAsync("b-2", None) }.Should().Equal(rows);
            (await queries.SettlementHistoryAsync("b-1", None)).Should().HaveCount(2);
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task Re_applying_an_applied_offset_changes_nothing(DatabaseProvider provider) =>
        WithStore(provider, async (store, queries) =>
        {
            var script = new JournalScript(store);
            var bet = Bet("b-1");
            await script.TrackAsync(bet);
            var settled = new BetJournalEvent(script.Applied + 1, JournalScript.WrittenAt, new BetSettled(Fixture, Won(bet)));
            var before = script.Applied;
            (await store.ApplyAsync(before, [settled], None)).Should().Be(settled.Offset);
            var rows = await queries.BetAsync("b-1", None);

            // Once from where the first attempt started, once from after it: both answer where the model already is.
            (await store.ApplyAsync(before, [settled], None)).Should().Be(settled.Offset);
            (await store.ApplyAsync(settled.Offset, [settled], None)).Should().Be(settled.Offset);

            (await queries.BetAsync("b-1", None)).Should().Be(rows);
            (await queries.SettlementHistoryAsync("b-1", None)).Should().ContainSingle();
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_reader_behind_the_stored_offset_cannot_write(DatabaseProvider provider) =>
        WithStore(provider, async (store, queries) =>
        {
            var script = new JournalScript(store);
            var first = await script.TrackAsync(Bet("b-1"));
            await script.TrackAsync(Bet("b-2"));
            var late = new BetJournalEvent(script.Applied + 1, JournalScript.WrittenAt, new BetTracked(Fixture, Bet("b-3")));

            var act = () => store.ApplyAsync(JournalPosition.OffsetOf(first), [late], None);

            (await act.Should().ThrowAsync<ProjectionOffsetConflictException>()).Which.Stored.Should().Be(script.Applied);
            (await queries.BetAsync("b-3", None)).Should().BeNull();
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_reset_empties_every_table_and_refuses_a_reader_still_on_the_old_offsets(DatabaseProvider provider) =>
        WithStore(provider, async (store, queries) =>
        {
            var script = new JournalScript(store);
            var bet = Bet("b-1");
            await script.TrackAsync(bet);
            await script.SettleAsync(Won(bet));

            await store.ResetAsync(None);

            (await store.LastOffsetAsync(None)).Should().Be(0);
            (await queries.BetAsync("b-1", None)).Should().BeNull();
            (await queries.SettlementsAfterAsync(0, 100, None)).Should().BeEmpty();
            var stale = () => store.ApplyAsync(script.Applied, [new BetJournalEvent(script.Applied + 1, JournalScript.WrittenAt, new BetTracked(Fixture, Bet("b-2")))], None);
            await stale.Should().ThrowAsync<ProjectionOffsetConflictException>();
        });

    [Fact]
    public Task Migrating_the_database_again_keeps_rows_and_offset() =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            DatabaseSchema.Migrate(database);
            var store = new BetReadModelStore(database);
            var script = new JournalScript(store);
            await script.TrackAsync(Bet("b-1"));

            DatabaseSchema.Migrate(database);

            (await store.LastOffsetAsync(None)).Should().Be(script.Applied);
            (await new BetQueries(database).BetAsync("b-1", None)).Should().NotBeNull();
        });
}
