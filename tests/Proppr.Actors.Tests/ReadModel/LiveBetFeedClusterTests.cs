using System.Collections.Immutable;
using Akka.Streams;
using Akka.Streams.Dsl;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;
using Proppr.Actors.ReadModel;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.ReadModel.ReadModelSamples;

namespace Proppr.Actors.Tests.ReadModel;

/// <summary>Each node's live feed on a real two-node cluster: events written on one node reach subscribers on both.</summary>
public sealed class LiveBetFeedClusterTests
{
    private static Task<TestNode> StartNode(DatabaseOptions database, params string[] seeds) =>
        TestNode.StartAsync(database, akka => akka.AddLiveBetFeed(Backoff), seeds);

    /// <summary>The next <paramref name="count"/> changes of <paramref name="node"/>'s feed, from the moment it answers (or after <paramref name="after"/>).</summary>
    private static async Task<Task<IImmutableList<BetJournalEntry>>> Subscribe(TestNode node, int count, long? after = null)
    {
        var entries = await LiveBetFeed.SubscribeAsync(node.Required<LiveBetFeed>(), node.System, 16, TimeSpan.FromSeconds(30), after);
        return entries.Take(count).RunWith(Sink.Seq<BetJournalEntry>(), node.System.Materializer());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task Subscribers_on_every_node_get_the_bet_events_written_after_they_subscribed_in_journal_order(DatabaseProvider provider) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            await using (var earlier = await TestNode.StartAsync(database, _ => { }))
            {
                await FixtureJournal.WriteAsync(earlier.System, Fixture, new BetTracked(Fixture, Bet("before")));
            }
            await using var first = await StartNode(database);
            await using var second = await StartNode(database, first.Address);
            var onFirst = await Subscribe(first, 4);
            var onSecond = await Subscribe(second, 4);

            var bet = Bet("live-1");
            var other = Bet("live-2", fixture: OtherFixture);
            await FixtureJournal.WriteAsync(second.System, Fixture,
                new BetsTrackedTogether(Fixture, [bet, Bet("live-3")]),
                new MatchStateChanged(Fixture, MatchStatus.Finished, null, new Score(2, 1), "Liverpool", "Manchester United", Kickoff, Kickoff.AddHours(2)),
                new RoundSettled(Fixture, [Won(bet)]));
            await FixtureJournal.WriteAsync(second.System, OtherFixture, new BetTracked(OtherFixture, other));
            BetChange[] expected = [new BetTrackedChange(bet), new BetTrackedChange(Bet("live-3")), new SettlementChange(Won(bet), false), new BetTrackedChange(other)];

            foreach (var feed in new[] { onFirst, onSecond })
            {
                var received = await feed.WaitAsync(Eventually.DefaultTimeout);
                received.Select(e => e.Change).Should().BeEquivalentTo(expected, options => options.WithStrictOrdering().RespectingRuntimeTypes());
                received.Select(e => e.FixtureId).Should().Equal(Fixture, Fixture, Fixture, OtherFixture);
                received.Select(e => e.Position).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            }
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_subscription_resumed_inside_a_rounds_settlements_continues_with_the_next_one_then_follows_live_nothing_twice(DatabaseProvider provider) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            await using var node = await StartNode(database);
            Bet[] bets = [.. Enumerable.Range(1, 5).Select(i => Bet($"round-{i}"))];
            // Written first, so the journal's tables exist when the feed looks for its end.
            await FixtureJournal.WriteAsync(node.System, Fixture, new BetsTrackedTogether(Fixture, [.. bets]));
            var whole = await Subscribe(node, 10, after: 0);
            await FixtureJournal.WriteAsync(node.System, Fixture, new RoundSettled(Fixture, [.. bets.Select(b => Won(b))]));
            var seen = await whole.WaitAsync(Eventually.DefaultTimeout);
            seen.Select(e => e.Change.BetId).Should().Equal(bets.Concat(bets).Select(b => b.BetId), "from the journal's start: tracked, then settled");
            var settlements = seen.Skip(5).ToList();
            settlements.Select(e => e.Position).Should().Equal(
                Enumerable.Range(0, 5).Select(i => JournalPosition.Of(JournalPosition.OffsetOf(settlements[0].Position), i)),
                "one event holds the round, each settlement at its own index");

            // The client saw the round's second settlement, then lost its connection; one more bet is written meanwhile.
            var resumed = await Subscribe(node, 4, after: settlements[1].Position);
            var late = Bet("late");
            await FixtureJournal.WriteAsync(node.System, Fixture, new BetTracked(Fixture, late));

            var received = await resumed.WaitAsync(Eventually.DefaultTimeout);
            received.Select(e => e.Change.BetId).Should().Equal("round-3", "round-4", "round-5", "late");
            received.Take(3).Select(e => e.Position).Should().Equal(settlements.Skip(2).Select(e => e.Position));
            received[3].Position.Should().BeGreaterThan(settlements[^1].Position);
        });
}
