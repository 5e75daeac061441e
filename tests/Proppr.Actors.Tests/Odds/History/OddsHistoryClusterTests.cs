using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Odds;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds.Client;
using Proppr.Actors.Odds.History;
using Proppr.Actors.Tests.Odds.Client;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Odds.Client.ScriptedOddsServer;

namespace Proppr.Actors.Tests.Odds.History;

/// <summary>
/// The odds history as a node runs it: the scripted provider's prices through the real feed singleton and sharded
/// fixtures to the node's writer, kept once each when the fixture's book is lost (node stopped, fixture recovered on
/// the next tick) and the same value bet is found again by the new book.
/// </summary>
public sealed class OddsHistoryClusterTests : IAsyncLifetime
{
    private const long Fixture = 9001;
    private static readonly DateTimeOffset Kickoff = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddHours(3).ToUnixTimeSeconds());
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(20);

    private readonly TempDatabaseFile _database = new();
    private ScriptedOddsServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedOddsServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _database.Dispose();
    }

    private OddsFeedOptions Options => new()
    {
        ApiKey = "test-key",
        RestBaseUrl = _server.RestBaseUrl,
        WebSocketUrl = _server.SocketUrl,
        Odds = new OddsOptions { Bookmakers = ["Pinnacle", "Bet365"], Markets = ["ML"] },
        Reconnect = new RetryBackoff(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)),
        PollInterval = TimeSpan.FromMinutes(10),
    };

    private Task<TestNode> StartNodeAsync()
    {
        DatabaseSchema.Migrate(_database.Options);
        return OddsFeedNode.StartAsync(_database.Options, Options,
            akka => akka.AddOddsHistory(OddsHistorySettings.Default), ("1001", Fixture));
    }

    private async Task<(List<StoredDrop> Drops, List<StoredValueBet> ValueBets)> StoredAsync()
    {
        var queries = new OddsHistoryQueries(_database.Options);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // Today and yesterday: a run across midnight keeps both.
        var drops = new List<StoredDrop>();
        var values = new List<StoredValueBet>();
        foreach (var day in new[] { today.AddDays(-1), today })
        {
            drops.AddRange((await queries.DropsAsync(day, Fixture, null, OddsHistoryQueries.MaxLimit, CancellationToken.None)).Items);
            values.AddRange((await queries.ValueBetsAsync(day, Fixture, null, OddsHistoryQueries.MaxLimit, CancellationToken.None)).Items);
        }
        return (drops, values);
    }

    [Fact]
    public async Task Drops_and_value_bets_are_stored_once_each_and_outlive_the_book_and_the_node()
    {
        _server.AddEvent("1001", "Arsenal", "Chelsea", Kickoff);
        _server.ChangeSilently("1001", "Pinnacle", Moneyline(2.00m, 3.40m, 3.90m));
        // Pinnacle's fair home price is 2.00 × (1/2.00 + 1/3.40 + 1/3.90) = 2.1010: Bet365's 2.20 is value (4.71 %).
        _server.ChangeSilently("1001", "Bet365", Moneyline(2.20m, 3.30m, 3.75m));

        await using (var node = await StartNodeAsync())
        {
            await Eventually.HoldsAsync(async () => (await StoredAsync()).ValueBets.Should().ContainSingle());
            await Eventually.HoldsAsync(async () =>
                (await node.Required<OddsFeed>().Ask<OddsFeedStatus>(GetOddsFeedStatus.Instance, AskTimeout)).Phase.Should().Be(FeedPhase.Streaming));
            await _server.PublishAsync([("1001", "Bet365", Moneyline(2.20m, 3.20m, 3.75m))]);
            await _server.PublishAsync([("1001", "Bet365", Moneyline(2.20m, 3.20m, 3.70m))]);
            await Eventually.HoldsAsync(async () => (await StoredAsync()).Drops.Should().HaveCount(2));
        }

        var (drops, values) = await StoredAsync();
        drops.Select(d => (d.Drop.Bookmaker, d.Drop.Key.Outcome, d.Drop.OldPrice, d.Drop.NewPrice))
            .Should().BeEquivalentTo([("Bet365", OddsOutcomes.Draw, 3.30m, 3.20m), ("Bet365", OddsOutcomes.Away, 3.75m, 3.70m)]);
        var value = values.Should().ContainSingle().Subject;
        (value.Value.Bookmaker, value.Value.Key.Outcome, value.Value.Price).Should().Be(("Bet365", OddsOutcomes.Home, 2.20m));

        // A new node on the same database: the fixture comes back with an empty book, the feed's snapshot fills it and
        // it finds Bet365's home value again, which is the one stored.
        await using var restarted = await StartNodeAsync();
        var listener = restarted.System.ActorOf(Props.Create(() => new SignalCounter()));
        await Eventually.HoldsAsync(async () => (await listener.Ask<int>(SignalCounter.ValueBets, AskTimeout)).Should().BeGreaterThan(0));
        // Once the writer has stored a later drop, every signal before it is written too.
        await Eventually.HoldsAsync(async () =>
            (await restarted.Required<OddsFeed>().Ask<OddsFeedStatus>(GetOddsFeedStatus.Instance, AskTimeout)).Phase.Should().Be(FeedPhase.Streaming));
        await _server.PublishAsync([("1001", "Bet365", Moneyline(2.20m, 3.10m, 3.70m))]);
        await Eventually.HoldsAsync(async () => (await StoredAsync()).Drops.Should().HaveCount(3));

        var (after, valuesAfter) = await StoredAsync();
        after.Take(2).Should().Equal(drops, "the first node's drops are still there");
        after.Select(d => d.Id).Should().OnlyHaveUniqueItems();
        valuesAfter.Should().ContainSingle("the value bet found again is the one stored").Which
            .Should().Match<StoredValueBet>(v => v.Id == value.Id && v.FoundAt == value.FoundAt && v.Value.ExpiresAt >= value.Value.ExpiresAt);
    }

    /// <summary>Counts the value bets the fixtures announce on this node's cluster (as a stream client would see them).</summary>
    private sealed class SignalCounter : ReceiveActor
    {
        public const string ValueBets = "value-bets?";

        public SignalCounter()
        {
            var count = 0;
            Receive<SubscribeAck>(_ => { });
            Receive<FixtureOddsSignal>(signal => count += signal.ValueBets.Length);
            Receive<string>(_ => Sender.Tell(count));
        }

        protected override void PreStart() => OddsSignals.Topic.Subscribe(Context.System, Self);
    }
}
