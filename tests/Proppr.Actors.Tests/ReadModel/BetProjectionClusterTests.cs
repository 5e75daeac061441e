using Akka.Actor;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;
using Proppr.Actors.ReadModel;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.ReadModel.ReadModelSamples;

namespace Proppr.Actors.Tests.ReadModel;

/// <summary>
/// The projection as it runs: a cluster singleton on a real one-node cluster, following events a fixture stand-in
/// persists through the real event adapter and tag table, into the read model in the same database.
/// </summary>
public sealed class BetProjectionClusterTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly Bet First = Bet("p-1");
    private static readonly Bet Second = Bet("p-2", stake: 4m, odds: 3.1m, source: "team");
    private static readonly Settlement FirstWon = Won(First);

    private static Task<TestNode> StartNode(DatabaseOptions database) =>
        TestNode.StartAsync(database, akka => akka.AddBetProjection(Backoff));

    /// <summary>Two bets tracked, a match-state event between them (untagged), the first bet settled.</summary>
    private static Task WriteMatch(TestNode node) =>
        FixtureJournal.WriteAsync(node.System, Fixture,
            new BetTracked(Fixture, First),
            new MatchStateChanged(Fixture, MatchStatus.Live, new MatchTime(12, 0), new Score(0, 0), "Liverpool", "Manchester United", Kickoff, Kickoff),
            new BetTracked(Fixture, Second),
            new BetSettled(Fixture, FirstWon));

    private static async Task<long> Progress(TestNode node)
    {
        var progress = await node.Required<BetProjection>().Ask<ProjectionProgress>(GetProjectionProgress.Instance, TimeSpan.FromSeconds(10));
        return progress.Offset;
    }

    /// <summary>Everything the read model holds, for comparing whole states.</summary>
    private static async Task<(IReadOnlyList<BetRecord> Bets, IReadOnlyList<SettlementRecord> Settlements)> Rows(DatabaseOptions database)
    {
        var queries = new BetQueries(database);
        return (await queries.BetsAsync(new BetFilter(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), None),
            await queries.SettlementsAfterAsync(0, int.MaxValue, None));
    }

    private static Task UntilSettled(DatabaseOptions database, string betId, SettlementStatus status) =>
        Eventually.HoldsAsync(async () =>
        {
            var bet = await new BetQueries(database).BetAsync(betId, None);
            bet.Should().NotBeNull();
            bet!.Status.Should().Be(status);
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task Bet_events_a_fixture_persists_become_rows_and_a_resettlement_adds_history(DatabaseProvider provider) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            var startedAt = DateTimeOffset.UtcNow;
            await using var node = await StartNode(database);
            var queries = new BetQueries(database);

            await WriteMatch(node);

            await UntilSettled(database, First.BetId, SettlementStatus.Won);
            var second = (await queries.BetAsync(Second.BetId, None))!;
            second.Status.Should().Be(SettlementStatus.Pending);
            second.Stake.Should().Be(4m);
            second.Source.Should().Be("team");
            second.TrackedAt.Should().BeOnOrAfter(startedAt.AddSeconds(-1)).And.BeOnOrBefore(DateTimeOffset.UtcNow.AddSeconds(1),
                "the tracking time is the journal's write time");

            var corrected = Corrected(FirstWon, Lost(First));
            await FixtureJournal.WriteAsync(node.System, Fixture, new BetResettled(Fixture, corrected));

            await UntilSettled(database, First.BetId, SettlementStatus.Lost);
            var first = (await queries.BetAsync(First.BetId, None))!;
            first.Resettled.Should().BeTrue();
            first.ProfitLoss.Should().Be(-10m);
            var history = await queries.SettlementHistoryAsync(First.BetId, None);
            history.Select(row => row.Kind).Should().Equal(SettlementKind.Settled, SettlementKind.Resettled);
            history[1].ReplacesOffset.Should().Be(history[0].Offset);
            first.SettlementOffset.Should().Be(history[1].Offset);
            (await Progress(node)).Should().Be(JournalPosition.OffsetOf(history[1].Offset));
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_restarted_projection_continues_from_the_stored_offset(DatabaseProvider provider) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            await using (var node = await StartNode(database))
            {
                await WriteMatch(node);
                await UntilSettled(database, First.BetId, SettlementStatus.Won);
            }
            // A marker only a replay from the journal's start would put back.
            await using (var connection = await database.OpenAsync(None))
            {
                await connection.ExecuteAsync("DELETE FROM rm_bets WHERE bet_id = @bet_id", None, ("bet_id", Second.BetId));
            }
            var stored = await new BetReadModelStore(database).LastOffsetAsync(None);

            await using var restarted = await StartNode(database);
            var third = Bet("p-3");
            await FixtureJournal.WriteAsync(restarted.System, Fixture, new BetTracked(Fixture, third), new BetSettled(Fixture, Lost(third)));

            await UntilSettled(database, third.BetId, SettlementStatus.Lost);
            var queries = new BetQueries(database);
            (await queries.BetAsync(Second.BetId, None)).Should().BeNull("events up to the stored offset are not replayed");
            var settlements = await queries.SettlementsAfterAsync(0, 100, None);
            settlements.Select(row => row.BetId).Should().Equal(First.BetId, third.BetId);
            JournalPosition.OffsetOf(settlements[0].Offset).Should().Be(stored);
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_rebuild_replays_the_journal_into_the_same_rows(DatabaseProvider provider) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            var store = new BetReadModelStore(database);
            await using (var node = await StartNode(database))
            {
                await WriteMatch(node);
                await FixtureJournal.WriteAsync(node.System, Fixture, new BetResettled(Fixture, Corrected(FirstWon, Lost(First))));
                await UntilSettled(database, First.BetId, SettlementStatus.Lost);
                var before = await Rows(database);
                var offset = await store.LastOffsetAsync(None);

                // On request, while running: the singleton drops the tables and replays.
                await node.Required<BetProjection>().Ask<ReadModelRebuildStarted>(RebuildReadModel.Instance, TimeSpan.FromSeconds(30));
                await Eventually.HoldsAsync(async () => (await Progress(node)).Should().Be(offset));
                (await Rows(database)).Should().BeEquivalentTo(before, options => options.WithStrictOrdering());
            }

            // Offline: the tables dropped while no node runs; the next projection replays from offset 0.
            var rows = await Rows(database);
            await store.ResetAsync(None);
            await using var restarted = await StartNode(database);
            await Eventually.HoldsAsync(async () => (await Progress(restarted)).Should().Be(JournalPosition.OffsetOf(rows.Settlements[^1].Offset)));
            (await Rows(database)).Should().BeEquivalentTo(rows, options => options.WithStrictOrdering());
        });
}
