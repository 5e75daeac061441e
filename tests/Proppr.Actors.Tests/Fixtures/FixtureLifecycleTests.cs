using System.Collections.Concurrent;
using System.Globalization;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// How long a fixture lives and what it polls for: unchanged payloads change nothing, a match called off keeps what
/// was decided, and a fixture with nothing left to do passivates for good, even across a restart with
/// remember-entities on.
/// </summary>
public sealed class FixtureLifecycleTests : IAsyncLifetime
{
    private readonly TempDatabaseFile _database = new();
    private readonly RealMatch _match = new(FixtureId);

    public Task InitializeAsync() => Task.CompletedTask;

    private Task<FixtureNode> StartNodeAsync(FixtureSettings? settings = null) =>
        FixtureNode.StartAsync(_database.Options, settings ?? FixtureScenarioTests.Fast);

    [Fact]
    public async Task A_passivated_fixture_is_not_brought_back_by_remember_entities_while_a_live_one_in_its_shard_is()
    {
        var extractor = new FixtureMessageExtractor();
        var shard = extractor.ShardId(EntityId(FixtureId));
        var neighbour = Enumerable.Range(1, 100_000).Select(id => (long)id)
            .First(id => id != FixtureId && extractor.ShardId(EntityId(id)) == shard);
        await using (var first = await StartNodeAsync())
        {
            await first.Fixture.TrackAsync(UnderFourAndAHalfGoals);
            // The neighbour has no match data yet: it keeps retrying, a live fixture remember-entities must restart.
            (await first.Probe(neighbour).TrackAsync(UnderFourAndAHalfGoals with { FixtureId = neighbour }))
                .Should().ContainSingle(o => o.Status == TrackStatus.Accepted);
            await first.Fixture.PlayUntilAsync(_match.FullTime, UnderFourAndAHalfGoals, s => s.Should().NotBeNull());

            await Eventually.HoldsAsync(async () => (await EntityIdsAsync(first)).Should().NotContain(EntityId(FixtureId)));
            first.MatchData.Fetches(FixtureId).Should().BeGreaterThanOrEqualTo(3, "full time plus the two correction checks");
            (await EntityIdsAsync(first)).Should().Contain(EntityId(neighbour));
        }

        await using (var second = await StartNodeAsync())
        {
            // Nobody asks for either: remember-entities restarts the shard's remembered fixtures together.
            await Eventually.HoldsAsync(() => second.MatchData.Fetches(neighbour).Should().BePositive());

            (await EntityIdsAsync(second)).Should().Contain(EntityId(neighbour)).And.NotContain(EntityId(FixtureId));
            second.MatchData.Fetches(FixtureId).Should().Be(0, "a passivated fixture is forgotten until someone asks for it");
            (await second.Fixture.SettlementOfAsync(UnderFourAndAHalfGoals))!.Status.Should().Be(SettlementStatus.Won, "asking wakes it with its state intact");
        }
    }

    [Fact]
    public async Task An_unchanged_payload_is_ignored_and_only_a_changed_one_reaches_the_graders()
    {
        await using var node = await StartNodeAsync();
        var fixture = node.Fixture;
        var system = node.Node.System;
        var published = new ConcurrentQueue<MatchDetails>();
        system.EventStream.Subscribe(system.ActorOf(Props.Create(() => new SnapshotRecorder(published))), typeof(MatchDetailsPublished));
        await fixture.TrackAsync(OverTwoAndAHalfGoals);

        var thirty = _match.At(30);
        await fixture.PlayAsync(thirty);
        await fixture.WaitForPollsAsync(3);
        var seventyFive = _match.At(75);
        await fixture.PlayUntilAsync(seventyFive, OverTwoAndAHalfGoals, s => s!.Status.Should().Be(SettlementStatus.Won));
        await Eventually.HoldsAsync(() => published.Should().Contain(seventyFive));

        published.Should().Equal([thirty, seventyFive], "polls that brought the same payload again were not handed on");
    }

    [Fact]
    public async Task An_abandoned_match_keeps_the_bets_already_decided_and_refunds_the_rest_then_passivates()
    {
        await using var node = await StartNodeAsync();
        var fixture = node.Fixture;
        await fixture.TrackAsync(OverTwoAndAHalfGoals, UnderFourAndAHalfGoals);
        await fixture.PlayUntilAsync(_match.At(75), OverTwoAndAHalfGoals, s => s!.Status.Should().Be(SettlementStatus.Won));

        await fixture.PlayUntilAsync(_match.At(75) with { Status = MatchStatus.Abandoned }, UnderFourAndAHalfGoals, s => s.Should().NotBeNull());

        (await fixture.SettlementOfAsync(UnderFourAndAHalfGoals)).Should().Match<Settlement>(s => s.Status == SettlementStatus.Refund && s.Reason == SettlementReasons.Abandoned);
        (await fixture.SettlementOfAsync(OverTwoAndAHalfGoals))!.Status.Should().Be(SettlementStatus.Won, "bets already decided stand");
        (await fixture.JournalAsync(node.Node.System)).Resettlements().Should().BeEmpty();
        await Eventually.HoldsAsync(async () => (await EntityIdsAsync(node)).Should().NotContain(EntityId(FixtureId), "a called-off match has no corrections to wait for"));
    }

    [Fact]
    public async Task A_postponed_match_keeps_its_bets_open_for_the_window_then_refunds_them()
    {
        var settings = FixtureScenarioTests.Fast with { Policy = SettlementPolicy.Default with { PostponementWindow = TimeSpan.FromSeconds(3) } };
        await using var node = await StartNodeAsync(settings);
        var fixture = node.Fixture;
        await fixture.TrackAsync(UnderFourAndAHalfGoals);

        await fixture.PlayAsync(_match.BeforeKickoff with { Status = MatchStatus.Postponed, Kickoff = DateTimeOffset.UtcNow });
        (await fixture.SettlementOfAsync(UnderFourAndAHalfGoals)).Should().BeNull("the match may still be played within the window");

        await Eventually.HoldsAsync(async () =>
            (await fixture.SettlementOfAsync(UnderFourAndAHalfGoals)).Should().Match<Settlement>(s => s.Status == SettlementStatus.Refund && s.Reason == SettlementReasons.Postponed));
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    private static string EntityId(long fixtureId) => fixtureId.ToString(CultureInfo.InvariantCulture);

    private static async Task<IEnumerable<string>> EntityIdsAsync(FixtureNode node)
    {
        var state = await node.Node.Required<FixtureRegion>().Ask<CurrentShardRegionState>(GetShardRegionState.Instance, TimeSpan.FromSeconds(10));
        return state.Shards.SelectMany(shard => shard.EntityIds);
    }

    /// <summary>Keeps, in order, the snapshots the node's fixtures handed on.</summary>
    private sealed class SnapshotRecorder : ReceiveActor
    {
        public SnapshotRecorder(ConcurrentQueue<MatchDetails> published) =>
            Receive<MatchDetailsPublished>(message => published.Enqueue(message.Details));
    }
}
