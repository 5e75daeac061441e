using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Proppr.Replay.Generation;
using Proppr.Replay.Odds;
using Proppr.Replay.Server;
using Proppr.Replay.Timeline;
using Proppr.TestSupport;

namespace Proppr.Replay.Tests.Server;

public sealed class OddsServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly MatchDay _day = MatchDayGenerator.Generate(new MatchDayOptions
    {
        Seed = 5, Fixtures = 3, FirstKickoff = new TimeOnly(15, 0), LastKickoff = new TimeOnly(15, 0),
    });
    private readonly HttpClient _http = new();

    // The match day moves only when the test says; the feed ticks in real time and sends what changed.
    private readonly ManualTime _matchDayTime = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private ReplayServer _server = null!;

    public async Task InitializeAsync()
    {
        var clock = new ReplayClock(_matchDayTime, _day.Matches[0].Kickoff.AddMinutes(-2), speed: 1);
        _server = await ReplayServer.StartAsync(_day, clock, new ReplayServerOptions { OddsTickInterval = TimeSpan.FromMilliseconds(20) });
        _http.BaseAddress = _server.BaseUrl;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task The_feed_sends_a_welcome_then_ndjson_frames_through_the_whole_match()
    {
        using var socket = await Connect("key-1");

        var welcome = await Receive(socket);
        welcome.Should().ContainSingle();
        welcome[0].GetProperty("type").GetString().Should().Be("welcome");
        welcome[0].GetProperty("bookmakers").EnumerateArray().Select(b => b.GetString()).Should().Equal("Bet365", "Pinnacle");

        var seen = new List<JsonElement>();
        var multiLineFrame = false;
        var reading = Task.Run(async () =>
        {
            while (!seen.Any(m => Type(m) == "deleted"))
            {
                var frame = await Receive(socket);
                multiLineFrame |= frame.Count > 1;
                lock (seen)
                {
                    seen.AddRange(frame);
                }
            }
        });
        var deadline = DateTime.UtcNow + Patience;
        while (!reading.IsCompleted && DateTime.UtcNow < deadline)
        {
            _matchDayTime.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(30);
        }
        // A feed that never ends the match leaves the reader waiting on the socket: fail instead of hanging.
        await reading.WaitAsync(Patience);

        multiLineFrame.Should().BeTrue("a frame carries several JSON objects, one per line");
        var played = _day.Matches.Where(m => !m.Postponed).Select(m => m.OddsEventId.ToString()).ToHashSet();
        var postponed = _day.Matches.Single(m => m.Postponed).OddsEventId.ToString();
        seen.Where(m => Type(m) == "created").Select(Id).Should().BeSubsetOf(played).And.HaveCount(played.Count * 2);
        seen.Should().Contain(m => Type(m) == "no_markets" && Id(m) == postponed);
        seen.Should().Contain(m => Type(m) == "no_markets" && played.Contains(Id(m)), "markets are suspended at half time");
        seen.Should().Contain(m => Type(m) == "updated");

        var created = seen.First(m => Type(m) == "created");
        created.GetProperty("id").ValueKind.Should().Be(JsonValueKind.String);
        var moneyline = created.GetProperty("markets").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "ML");
        var line = moneyline.GetProperty("odds")[0];
        line.GetProperty("home").ValueKind.Should().Be(JsonValueKind.String);
        decimal.Parse(line.GetProperty("draw").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(1m);
        created.GetProperty("markets").EnumerateArray().Select(m => m.GetProperty("name").GetString())
            .Should().BeEquivalentTo(["ML", "Totals"], "only the subscribed markets are sent");
        Drops(seen).Should().BeGreaterThan(0, "some prices drop as the match goes on");
    }

    [Fact]
    public async Task A_second_connection_with_the_same_key_closes_the_first_with_1000()
    {
        using var first = await Connect("shared-key");
        (await Receive(first)).Single().GetProperty("type").GetString().Should().Be("welcome");

        using var second = await Connect("shared-key");
        (await Receive(second)).Single().GetProperty("type").GetString().Should().Be("welcome");

        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await first.ReceiveAsync(buffer, timeout.Token);
        }
        while (result.MessageType != WebSocketMessageType.Close);
        result.CloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure);
        second.State.Should().Be(WebSocketState.Open);
    }

    [Fact]
    public async Task The_handshake_needs_a_key_and_markets()
    {
        var noMarkets = new ClientWebSocket();
        var act = () => noMarkets.ConnectAsync(new Uri($"{_server.OddsWebSocketUrl}?apiKey=k"), CancellationToken.None);
        await act.Should().ThrowAsync<WebSocketException>();
        (await _http.GetAsync("v3/events")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Rest_gives_the_events_a_snapshot_of_their_odds_and_a_gap_fill()
    {
        using var events = JsonDocument.Parse(await _http.GetStringAsync("v3/events?apiKey=k&sport=football"));
        var listed = events.RootElement.EnumerateArray().ToList();
        listed.Select(e => e.GetProperty("id").GetInt64()).Should().BeEquivalentTo(_day.Matches.Select(m => m.OddsEventId));
        foreach (var fixture in _day.Matches)
        {
            var oddsEvent = listed.Single(e => e.GetProperty("id").GetInt64() == _day.OddsEventIds[fixture.MatchId]);
            DateTimeOffset.Parse(oddsEvent.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Should().Be(fixture.Kickoff);
        }
        var first = _day.Matches[0];
        listed.Single(e => e.GetProperty("id").GetInt64() == first.OddsEventId).GetProperty("home").GetString()
            .Should().Be(OddsTeamNames.Of(first.Home.Name));

        var ids = string.Join(',', _day.Matches.Select(m => m.OddsEventId));
        using var odds = JsonDocument.Parse(await _http.GetStringAsync($"v3/odds/multi?apiKey=k&eventIds={ids}&bookmakers=Pinnacle"));
        var snapshot = odds.RootElement.EnumerateArray().ToList();
        snapshot.Should().HaveCount(3);
        var open = snapshot.Where(e => e.GetProperty("bookmakers").EnumerateObject().Any()).ToList();
        open.Should().NotBeEmpty();
        open.Should().OnlyContain(e => e.GetProperty("bookmakers").EnumerateObject().Single().Name == "Pinnacle");

        var tooMany = string.Join(',', Enumerable.Range(1, 11));
        (await _http.GetAsync($"v3/odds/multi?apiKey=k&eventIds={tooMany}")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var since = DateTimeOffset.UtcNow.AddSeconds(-30).ToUnixTimeSeconds();
        using var updated = JsonDocument.Parse(await _http.GetStringAsync($"v3/odds/updated?apiKey=k&since={since}&bookmaker=Pinnacle&sport=football"));
        updated.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt64())
            .Should().BeEquivalentTo(open.Select(e => e.GetProperty("id").GetInt64()), "every event Pinnacle prices now");
        updated.RootElement.EnumerateArray().Should().OnlyContain(e => e.GetProperty("bookmakers").EnumerateObject().Single().Name == "Pinnacle");
        var stale = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds();
        (await _http.GetAsync($"v3/odds/updated?apiKey=k&since={stale}&bookmaker=Pinnacle&sport=football")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _http.GetAsync($"v3/odds/updated?apiKey=k&since={since}&bookmaker=Pinnacle,Bet365&sport=football")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var response = await _http.GetAsync("v3/events?apiKey=k");
        response.Headers.GetValues("x-ratelimit-limit").Single().Should().Be("5000");
    }

    private async Task<ClientWebSocket> Connect(string apiKey)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"{_server.OddsWebSocketUrl}?apiKey={apiKey}&markets=ML,Totals"), CancellationToken.None);
        return socket;
    }

    /// <summary>One whole message, split on newlines into its JSON objects.</summary>
    private static async Task<List<JsonElement>> Receive(ClientWebSocket socket, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
    }

    private static string Type(JsonElement message) => message.GetProperty("type").GetString()!;

    private static string Id(JsonElement message) => message.GetProperty("id").GetString()!;

    /// <summary>How many times a moneyline price came in (got shorter) from one message to the next of the same event and bookmaker.</summary>
    private static int Drops(IEnumerable<JsonElement> messages)
    {
        static decimal[] Prices(JsonElement message) =>
            message.GetProperty("markets").EnumerateArray().Where(m => m.GetProperty("name").GetString() == "ML")
                .SelectMany(m => new[] { "home", "draw", "away" }.Select(side =>
                    decimal.Parse(m.GetProperty("odds")[0].GetProperty(side).GetString()!, System.Globalization.CultureInfo.InvariantCulture)))
                .ToArray();
        return messages
            .Where(m => Type(m) is "created" or "updated")
            .GroupBy(m => (Id(m), m.GetProperty("bookie").GetString()))
            .SelectMany(g => g.Select(Prices).Where(p => p.Length == 3).Zip(g.Select(Prices).Where(p => p.Length == 3).Skip(1)))
            .Count(pair => pair.Item1.Zip(pair.Item2).Any(p => p.Item2 < p.Item1));
    }
}
