using System.Collections.Immutable;
using Akka.Streams;
using Akka.Streams.Dsl;
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
        TestNode.StartAsync(database, akka => akka.AddLiveBetFeed(database, Backoff), seeds);

    /// <summary>The next <paramref name="count"/> events of <paramref name="node"/>'s feed, from the moment it answers.</summary>
    private static async Task<Task<IImmutableList<BetJournalEvent>>> Subscribe(TestNode node, int count)
    {
        var materializer = node.System.Materializer();
        var events = await LiveBetFeed.SubscribeAsync(node.Required<LiveBetFeed>(), materializer, 16, TimeSpan.FromSeconds(30));
        return events.Take(count).RunWith(Sink.Seq<BetJournalEvent>(), materializer);
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
            var onFirst = await Subscribe(first, 3);
            var onSecond = await Subscribe(second, 3);

            var bet = Bet("live-1");
            var other = Bet("live-2", fixture: OtherFixture);
            IFixtureEvent[] expected = [new BetTracked(Fixture, bet), new BetSettled(Fixture, Won(bet)), new BetTracked(OtherFixture, other)];
            await FixtureJournal.WriteAsync(second.System, Fixture,
                expected[0],
                new MatchStateChanged(Fixture, MatchStatus.Finished, null, new Score(2, 1), "Liverpool", "Manchester United", Kickoff, Kickoff.AddHours(2)),
                expected[1]);
            await FixtureJournal.WriteAsync(second.System, OtherFixture, expected[2]);

            foreach (var feed in new[] { onFirst, onSecond })
            {
                var received = await feed.WaitAsync(Eventually.DefaultTimeout);
                received.Select(e => e.Event).Should().BeEquivalentTo(expected, options => options.WithStrictOrdering().RespectingRuntimeTypes());
                received.Select(e => e.Offset).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            }
        });
}
