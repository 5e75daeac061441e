using Akka.Actor;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Client;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.Tests.Odds.Client;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.RateLimiting;

/// <summary>
/// Nothing reaches the odds provider around the limiter: the real feed singleton against a scripted provider on Kestrel,
/// REST calls and WebSocket handshakes (refused ones included) each cost one permit of the shared hourly quota.
/// </summary>
public sealed class OddsFeedPermitTests : IAsyncLifetime
{
    private readonly TempDatabaseFile _database = new();
    private ScriptedOddsServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedOddsServer.StartAsync();

    [Fact]
    public async Task Every_rest_call_and_every_socket_connect_attempt_takes_a_permit_first()
    {
        var kickoff = DateTimeOffset.UtcNow.AddHours(3);
        _server.AddEvent("1001", "Arsenal", "Chelsea", kickoff);
        _server.ChangeSilently("1001", "Pinnacle", ScriptedOddsServer.Moneyline(2.00m, 3.40m, 3.90m));
        _server.RefuseSockets = true;
        var options = new OddsFeedOptions
        {
            ApiKey = "test-key",
            RestBaseUrl = _server.RestBaseUrl,
            WebSocketUrl = _server.SocketUrl,
            Odds = new OddsOptions { Bookmakers = ["Pinnacle"], Markets = ["ML"] },
            Reconnect = new RetryBackoff(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400)),
            PollInterval = TimeSpan.FromMinutes(10),
        };
        await using var node = await OddsFeedNode.StartAsync(_database.Options, options, ("1001", 9001));

        await Eventually.HoldsAsync(() => _server.Requests.Count(r => r.StartsWith("GET /v3/ws", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(3));
        _server.RefuseSockets = false;
        await Eventually.HoldsAsync(async () =>
            (await node.Required<OddsFeed>().Ask<OddsFeedStatus>(GetOddsFeedStatus.Instance, TimeSpan.FromSeconds(10))).Phase.Should().Be(FeedPhase.Streaming));

        // A permit is counted before its caller hears of it, so the count never trails the requests; it may lead them
        // when a caller stopped waiting for an answer on a busy machine (that permit goes unused, the safe way round).
        var requests = _server.Requests;
        var limiter = await node.Required<RateLimiter>().Ask<LimiterState>(GetLimiterState.Instance, TimeSpan.FromSeconds(10));
        limiter.Apis.Single(api => api.Api == Apis.OddsApi).Used.Should().BeGreaterThanOrEqualTo(requests.Count, "a request without a permit would make it fewer");
        requests.Should().Contain(r => r.StartsWith("GET /v3/odds/multi", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _database.Dispose();
    }
}
