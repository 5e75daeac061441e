using System.Net.WebSockets;
using Akka.Actor;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.Client;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Odds.Client.ScriptedOddsServer;

namespace Proppr.Actors.Tests.Odds.Client;

/// <summary>
/// The feed as it runs: a cluster singleton on a real node with the rate limiter, the fixture resolver and sharded
/// fixtures, against a scripted provider on real Kestrel (REST and WebSocket). Every assertion is about what the
/// fixtures' books end up holding, compared with a reference computed from what the server holds.
/// </summary>
public sealed class OddsFeedClusterTests : IAsyncLifetime
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(20);
    private static readonly DateTimeOffset Kickoff = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddHours(3).ToUnixTimeSeconds());

    private readonly TempDatabaseFile _database = new();
    private ScriptedOddsServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedOddsServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _database.Dispose();
    }

    private OddsFeedOptions Options(TimeSpan? pollInterval = null) => new()
    {
        ApiKey = "test-key",
        RestBaseUrl = _server.RestBaseUrl,
        WebSocketUrl = _server.SocketUrl,
        Odds = new OddsOptions { Bookmakers = ["Pinnacle", "Bet365"], Markets = ["ML"] },
        Reconnect = new RetryBackoff(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)),
        PollInterval = pollInterval ?? TimeSpan.FromMinutes(10),
    };

    private Task<TestNode> StartNodeAsync(OddsFeedOptions options, params (string EventId, long FixtureId)[] mappings) =>
        OddsFeedNode.StartAsync(_database.Options, options, mappings);

    private static Task<FixtureOddsView> OddsOf(TestNode node, long fixtureId) => node.OddsOfAsync(fixtureId);

    private static Task<OddsFeedStatus> StatusOf(TestNode node) =>
        node.Required<OddsFeed>().Ask<OddsFeedStatus>(GetOddsFeedStatus.Instance, AskTimeout);

    private Task BookMatchesServerAsync(TestNode node, string eventId, long fixtureId) =>
        Eventually.HoldsAsync(async () =>
            Describe((await OddsOf(node, fixtureId)).Quotes).Should().Equal(_server.ReferenceBook(eventId, Kickoff)));

    private void TwoEvents()
    {
        _server.AddEvent("1001", "Arsenal", "Chelsea", Kickoff);
        _server.AddEvent("1002", "Everton", "Fulham", Kickoff);
        _server.ChangeSilently("1001", "Pinnacle", Moneyline(2.00m, 3.40m, 3.90m));
        _server.ChangeSilently("1001", "Bet365", Moneyline(2.05m, 3.30m, 3.75m));
        _server.ChangeSilently("1002", "Pinnacle", Moneyline(1.50m, 4.20m, 6.50m));
    }

    [Fact]
    public async Task Connects_takes_a_sync_streams_skips_bad_objects_and_after_a_drop_reconnects_and_fills_the_gap()
    {
        TwoEvents();
        await using var node = await StartNodeAsync(Options(), ("1001", 9001), ("1002", 9002));

        await BookMatchesServerAsync(node, "1001", 9001);
        await BookMatchesServerAsync(node, "1002", 9002);
        _server.Requests.Should().Contain(r => r.StartsWith("GET /v3/odds/multi?eventIds=1001,1002&bookmakers=Pinnacle,Bet365"));
        await Eventually.HoldsAsync(async () => (await StatusOf(node)).Phase.Should().Be(FeedPhase.Streaming));

        // One frame: two changes, a cut-off object and a type nobody documented.
        await _server.PublishAsync(
            [("1001", "Bet365", Moneyline(1.95m, 3.40m, 3.90m)), ("1002", "Pinnacle", null)],
            """{"type":"updated","id":"1001","bookie":""", """{"type":"score","id":"1001","home":1}""");

        await BookMatchesServerAsync(node, "1001", 9001);
        (await OddsOf(node, 9002)).Quotes.Should().BeEmpty("the event was deleted");
        (await OddsOf(node, 9001)).Drops.Should().ContainSingle().Which.Should().Match<PriceDrop>(d =>
            d.Bookmaker == "Bet365" && d.Key.Outcome == OddsOutcomes.Home && d.OldPrice == 2.05m && d.NewPrice == 1.95m && d.DropPercent == 4.8780m);
        var status = await StatusOf(node);
        status.Frames.Should().Contain(new KeyValuePair<string, long>("malformed", 1)).And.Contain(new KeyValuePair<string, long>("unknown", 1));
        status.Frames["welcome"].Should().Be(1);

        // The connection drops; while it is down (handshakes refused) a price moves that no frame will tell.
        _server.RefuseSockets = true;
        _server.Drop();
        _server.ChangeSilently("1001", "Pinnacle", Moneyline(1.80m, 3.60m, 4.40m));
        await Eventually.HoldsAsync(() => _server.Requests.Count(r => r.StartsWith("GET /v3/ws")).Should().BeGreaterThanOrEqualTo(3, "a refused attempt"));
        _server.RefuseSockets = false;

        await BookMatchesServerAsync(node, "1001", 9001);
        _server.Requests.Should().Contain(r => r.StartsWith("GET /v3/odds/updated?since="), "a short gap is filled, not re-synced");
        status = await StatusOf(node);
        status.Connections.Should().Be(2);
        status.ConnectAttempts.Should().BeGreaterThan(2, "refused attempts were retried on the back-off");
        _server.SocketsAccepted.Should().Be(2);
    }

    [Fact]
    public async Task A_second_connection_on_the_same_key_is_left_alone_and_REST_polling_takes_over()
    {
        TwoEvents();
        await using var node = await StartNodeAsync(Options(TimeSpan.FromMilliseconds(300)), ("1001", 9001));
        await Eventually.HoldsAsync(async () => (await StatusOf(node)).Phase.Should().Be(FeedPhase.Streaming));

        using var rival = new ClientWebSocket();
        await rival.ConnectAsync(new Uri(_server.SocketUrl, "?apiKey=test-key&markets=ML"), CancellationToken.None);

        await Eventually.HoldsAsync(async () => (await StatusOf(node)).Should().Match<OddsFeedStatus>(s => s.Phase == FeedPhase.Replaced && s.Takeovers == 1));
        _server.ChangeSilently("1001", "Pinnacle", Moneyline(2.10m, 3.30m, 3.70m));
        await BookMatchesServerAsync(node, "1001", 9001);
        await Eventually.HoldsAsync(async () => (await StatusOf(node)).Polls.Should().BeGreaterThanOrEqualTo(3));
        _server.SocketsAccepted.Should().Be(2, "the feed did not connect again to take the key back");
        rival.State.Should().Be(WebSocketState.Open);
        (await StatusOf(node)).Phase.Should().Be(FeedPhase.Replaced);
    }

    [Fact]
    public async Task While_the_socket_is_unavailable_REST_polling_keeps_the_books()
    {
        TwoEvents();
        _server.RefuseSockets = true;
        await using var node = await StartNodeAsync(Options(TimeSpan.FromMilliseconds(300)), ("1001", 9001), ("1002", 9002));

        await BookMatchesServerAsync(node, "1001", 9001);
        await BookMatchesServerAsync(node, "1002", 9002);
        _server.ChangeSilently("1001", "Bet365", Moneyline(2.50m, 3.10m, 3.00m));
        _server.ChangeSilently("1002", "Bet365", Moneyline(1.55m, 4.00m, 6.00m));
        await BookMatchesServerAsync(node, "1001", 9001);
        await BookMatchesServerAsync(node, "1002", 9002);

        var status = await StatusOf(node);
        status.Connections.Should().Be(0);
        status.Polling.Should().BeTrue();
        status.Polls.Should().BeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Ticks_of_events_whose_fixture_is_unknown_are_held_then_delivered_when_it_is_found()
    {
        _server.AddEvent("1003", "Brentford", "Burnley", Kickoff);
        _server.ChangeSilently("1003", "Pinnacle", Moneyline(2.40m, 3.20m, 3.10m));
        await using var node = await StartNodeAsync(Options(), ("1004", 9004));
        var feed = node.Required<OddsFeed>();
        await Eventually.HoldsAsync(async () =>
            (await feed.Ask<OddsRoutingStatus>(GetOddsRoutingStatus.Instance, AskTimeout)).HeldEvents.Should().Be(1));
        await Eventually.HoldsAsync(async () => (await StatusOf(node)).Phase.Should().Be(FeedPhase.Streaming));

        // An event that appears on the socket only: described over REST, resolved, delivered.
        _server.AddEvent("1004", "Leeds", "Wolves", Kickoff);
        await _server.PublishAsync([("1004", "Bet365", Moneyline(1.70m, 3.80m, 5.00m))]);
        await BookMatchesServerAsync(node, "1004", 9004);
        _server.Requests.Should().Contain(r => r.StartsWith("GET /v3/odds/multi?eventIds=1004&"));

        // The held event's frames keep coming while nobody knows its fixture: the latest wins.
        await _server.PublishAsync([("1003", "Pinnacle", Moneyline(2.30m, 3.20m, 3.30m)), ("1003", "Bet365", Moneyline(2.35m, 3.25m, 3.20m))]);
        await Eventually.HoldsAsync(async () =>
            (await feed.Ask<OddsRoutingStatus>(GetOddsRoutingStatus.Instance, AskTimeout)).HeldTicks.Should().Be(2));
        node.Required<FixtureResolver>().Tell(new MapFixture("1003", 9003));

        await BookMatchesServerAsync(node, "1003", 9003);
        (await feed.Ask<OddsRoutingStatus>(GetOddsRoutingStatus.Instance, AskTimeout)).Should().Be(new OddsRoutingStatus(2, 0, 0));
    }

    [Fact]
    public async Task Events_whose_description_failed_are_described_again_and_their_ticks_reach_the_fixture()
    {
        await using var node = await StartNodeAsync(Options(), ("1005", 9005));
        await Eventually.HoldsAsync(async () => (await StatusOf(node)).Phase.Should().Be(FeedPhase.Streaming));

        // An event seen first on the socket, while describing it fails twice: rate-limited, then a server error.
        _server.FailMulti(429, 500);
        _server.AddEvent("1005", "Leeds", "Wolves", Kickoff);
        await _server.PublishAsync([("1005", "Bet365", Moneyline(1.70m, 3.80m, 5.00m))]);

        await BookMatchesServerAsync(node, "1005", 9005);
        _server.Requests.Count(r => r.StartsWith("GET /v3/odds/multi?eventIds=1005&")).Should().Be(3);
    }

    [Fact]
    public async Task A_failed_sync_does_not_hold_the_stream_back_and_is_taken_again_once_REST_answers()
    {
        TwoEvents();
        await using var node = await StartNodeAsync(Options(), ("1001", 9001));
        await BookMatchesServerAsync(node, "1001", 9001);
        await Eventually.HoldsAsync(async () => (await StatusOf(node)).Phase.Should().Be(FeedPhase.Streaming));

        // Reconnected while REST fails: the missed Pinnacle move cannot be fetched, yet the socket's news flows.
        _server.RestFailing = true;
        _server.Drop();
        _server.ChangeSilently("1001", "Pinnacle", Moneyline(2.20m, 3.30m, 3.50m));
        await Eventually.HoldsAsync(async () => (await StatusOf(node)).SyncFailures.Should().BeGreaterThan(0));
        await _server.PublishAsync([("1001", "Bet365", Moneyline(1.98m, 3.40m, 3.90m))]);
        await Eventually.HoldsAsync(async () =>
        {
            var book = await OddsOf(node, 9001);
            book.Quotes.Where(q => q.Bookmaker == "Bet365").Select(q => q.Price).Should().BeEquivalentTo([1.98m, 3.40m, 3.90m]);
            book.Quotes.Where(q => q.Bookmaker == "Pinnacle").Select(q => q.Price).Should().BeEquivalentTo([2.00m, 3.40m, 3.90m], "not synced yet");
        });

        _server.RestFailing = false;
        await BookMatchesServerAsync(node, "1001", 9001);
        (await StatusOf(node)).Connections.Should().Be(2, "the sync was retried on the same connection");
    }

    [Fact]
    public async Task A_connection_that_goes_silent_is_stale_and_is_replaced_by_a_fresh_one_with_a_snapshot()
    {
        TwoEvents();
        await using var node = await StartNodeAsync(Options() with { StaleAfter = TimeSpan.FromSeconds(1) }, ("1001", 9001));
        await Eventually.HoldsAsync(async () => (await StatusOf(node)).Phase.Should().Be(FeedPhase.Streaming));
        _server.ChangeSilently("1001", "Pinnacle", Moneyline(2.20m, 3.30m, 3.50m));

        await Eventually.HoldsAsync(async () => (await StatusOf(node)).StaleReconnects.Should().BeGreaterThan(0));
        await BookMatchesServerAsync(node, "1001", 9001);
        (await StatusOf(node)).Takeovers.Should().Be(0, "its own new connection closing the stale one is no takeover");
    }
}
