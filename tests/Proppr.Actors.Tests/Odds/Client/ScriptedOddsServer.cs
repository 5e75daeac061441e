using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.Feed;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Odds.Client;

/// <summary>
/// An Odds-API.io v3 stand-in on real Kestrel, driven by the test: the current markets per event × bookmaker, served over
/// REST (<c>/v3/events</c>, <c>/v3/odds/multi</c>, <c>/v3/odds/updated</c>) and pushed as NDJSON frames to the one
/// socket a key may hold (a second connection closes the first with 1000, as the provider does). A change can be
/// published (state and frame) or made silently (state only: what a disconnected client missed).
/// </summary>
internal sealed class ScriptedOddsServer : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<string, JsonObject> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<(string EventId, string Bookmaker), (JsonArray Markets, DateTimeOffset ChangedAt)> _markets = [];
    private readonly Queue<int> _multiFaults = new();
    private LoopbackServer _http = null!;
    private Connection? _current;
    private int _socketsAccepted;

    public Uri RestBaseUrl => new(_http.BaseUrl, "v3/");

    public Uri SocketUrl => new($"ws://{_http.BaseUrl.Authority}/v3/ws");

    /// <summary>While true, socket handshakes are refused with 403 (a plan without the socket, or an outage).</summary>
    public bool RefuseSockets { get; set; }

    /// <summary>While true, every REST call answers 500.</summary>
    public bool RestFailing { get; set; }

    public int SocketsAccepted => Volatile.Read(ref _socketsAccepted);

    public IReadOnlyList<string> Requests => _http.Requests;

    public static async Task<ScriptedOddsServer> StartAsync()
    {
        var server = new ScriptedOddsServer();
        server._http = await LoopbackServer.StartAsync(routes =>
        {
            routes.Map("/v3/ws", server.ServeSocketAsync);
            routes.MapGet("/v3/events", () => server.Answer(() => new JsonArray([.. server.Events().Select(e => e.DeepClone())])));
            routes.MapGet("/v3/odds/multi", (string eventIds, HttpResponse response) => server.NextMultiFault() is { } fault
                ? Fault(response, fault)
                : server.Answer(() => new JsonArray([.. eventIds.Split(',').Select(server.EventOdds).OfType<JsonObject>()])));
            routes.MapGet("/v3/odds/updated", (long since, string bookmaker) => server.Answer(() => server.UpdatedSince(since, bookmaker)));
        });
        return server;
    }

    /// <summary>The next <c>/odds/multi</c> calls answer these statuses, in order (a 429 asks to retry after a second); then it answers again.</summary>
    public void FailMulti(params int[] statuses)
    {
        lock (_gate)
        {
            statuses.ToList().ForEach(_multiFaults.Enqueue);
        }
    }

    public void AddEvent(string id, string home, string away, DateTimeOffset kickoff)
    {
        lock (_gate)
        {
            _events[id] = new JsonObject
            {
                ["id"] = long.Parse(id, CultureInfo.InvariantCulture),
                ["home"] = home,
                ["away"] = away,
                ["date"] = kickoff.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["status"] = "pending",
                ["sport"] = new JsonObject { ["name"] = "Football", ["slug"] = "football" },
                ["league"] = new JsonObject { ["name"] = "Premier League", ["slug"] = "england-premier-league" },
            };
        }
    }

    /// <summary>A bookmaker's moneyline for an event: <c>[{"name":"ML","odds":[{"home":…,"draw":…,"away":…}]}]</c>.</summary>
    public static JsonArray Moneyline(decimal home, decimal draw, decimal away) =>
    [
        new JsonObject
        {
            ["name"] = "ML",
            ["updatedAt"] = "2025-08-18T14:52:52.983Z",
            ["odds"] = new JsonArray(new JsonObject { ["home"] = Price(home), ["draw"] = Price(draw), ["away"] = Price(away), ["max"] = 500 }),
        },
    ];

    /// <summary>Changes the state without telling anyone.</summary>
    public void ChangeSilently(string eventId, string bookmaker, JsonArray? markets)
    {
        lock (_gate)
        {
            if (markets is null)
            {
                _markets.Remove((eventId, bookmaker));
            }
            else
            {
                _markets[(eventId, bookmaker)] = (markets, DateTimeOffset.UtcNow);
            }
        }
    }

    /// <summary>
    /// Changes the state and sends the changes to the connected client as one frame, one object per line (an
    /// <c>updated</c> per change, <c>deleted</c> when the markets are null), followed by any extra raw lines.
    /// </summary>
    public Task PublishAsync(IEnumerable<(string EventId, string Bookmaker, JsonArray? Markets)> changes, params string[] extraLines)
    {
        var lines = new List<string>();
        foreach (var (eventId, bookmaker, markets) in changes)
        {
            ChangeSilently(eventId, bookmaker, markets);
            var message = new JsonObject
            {
                ["type"] = markets is null ? "deleted" : "updated",
                ["timestamp"] = "2025-08-18T14:52:52.983Z",
                ["id"] = eventId,
                ["bookie"] = bookmaker,
            };
            if (markets is not null)
            {
                message["markets"] = markets.DeepClone();
            }
            lines.Add(message.ToJsonString());
        }
        lines.AddRange(extraLines);
        return SendAsync(string.Join('\n', lines));
    }

    public Task SendAsync(string frame) => (Current ?? throw new InvalidOperationException("no client is connected")).SendAsync(frame);

    /// <summary>Cuts the client off without a close frame, as a network failure would.</summary>
    public void Drop() => Current?.Abort();

    public bool ClientConnected => Current is not null;

    /// <summary>The reference: the current state read back as the feed would read it, applied to a fresh book.</summary>
    public IReadOnlyList<(string Bookmaker, string Source, OddsKey Key, decimal Price)> ReferenceBook(string eventId, DateTimeOffset kickoff)
    {
        var book = new FixtureBook(new OddsOptions(), kickoff);
        var odds = OddsRestParser.ParseOdds(EventOdds(eventId)?.ToJsonString() ?? "[]");
        foreach (var bookmaker in odds.Items.SelectMany(item => item.Bookmakers))
        {
            book.Apply(bookmaker, kickoff);
        }
        return Describe(book.Quotes);
    }

    public static IReadOnlyList<(string Bookmaker, string Source, OddsKey Key, decimal Price)> Describe(IEnumerable<BookQuote> quotes) =>
        [.. quotes.Select(q => (q.Bookmaker, q.Source, q.Key, q.Price)).OrderBy(q => q.Source).ThenBy(q => q.Key.Market).ThenBy(q => q.Key.Outcome)];

    private Connection? Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    private IEnumerable<JsonObject> Events()
    {
        lock (_gate)
        {
            return [.. _events.Values];
        }
    }

    private JsonObject? EventOdds(string eventId)
    {
        lock (_gate)
        {
            if (!_events.TryGetValue(eventId, out var oddsEvent))
            {
                return null;
            }
            var json = (JsonObject)oddsEvent.DeepClone();
            var bookmakers = new JsonObject();
            foreach (var ((id, bookmaker), (markets, _)) in _markets.Where(entry => entry.Key.EventId == eventId))
            {
                bookmakers[bookmaker] = markets.DeepClone();
            }
            json["bookmakers"] = bookmakers;
            return json;
        }
    }

    private JsonArray UpdatedSince(long since, string bookmaker)
    {
        lock (_gate)
        {
            var changed = _markets
                .Where(entry => entry.Key.Bookmaker == bookmaker && entry.Value.ChangedAt.ToUnixTimeSeconds() >= since && _events.ContainsKey(entry.Key.EventId))
                .Select(entry =>
                {
                    var json = (JsonObject)_events[entry.Key.EventId].DeepClone();
                    json["bookmakers"] = new JsonObject { [bookmaker] = entry.Value.Markets.DeepClone() };
                    return (JsonNode)json;
                });
            return new JsonArray([.. changed]);
        }
    }

    private async Task ServeSocketAsync(HttpContext context)
    {
        if (RefuseSockets || !context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        var connection = new Connection(await context.WebSockets.AcceptWebSocketAsync());
        Connection? replaced;
        lock (_gate)
        {
            replaced = _current;
            _current = connection;
        }
        Interlocked.Increment(ref _socketsAccepted);
        if (replaced is not null)
        {
            await replaced.CloseAsync();
        }
        await connection.SendAsync("""{"type":"welcome","message":"Connected","bookmakers":["Pinnacle","Bet365"],"sport_filter":["football"],"leagues_filter":[],"status_filter":"all"}""");
        await connection.RunUntilClosedAsync();
        lock (_gate)
        {
            if (_current == connection)
            {
                _current = null;
            }
        }
    }

    private int? NextMultiFault()
    {
        lock (_gate)
        {
            return _multiFaults.TryDequeue(out var status) ? status : null;
        }
    }

    private static IResult Fault(HttpResponse response, int status)
    {
        if (status == StatusCodes.Status429TooManyRequests)
        {
            response.Headers.RetryAfter = "1";
        }
        return Results.StatusCode(status);
    }

    private static string Price(decimal price) => price.ToString(CultureInfo.InvariantCulture);

    private IResult Answer(Func<JsonNode> body) =>
        RestFailing ? Results.StatusCode(StatusCodes.Status500InternalServerError) : Results.Content(body().ToJsonString(), "application/json");

    public async ValueTask DisposeAsync()
    {
        Current?.Abort();
        await _http.DisposeAsync();
    }

    private sealed class Connection(WebSocket socket)
    {
        private readonly SemaphoreSlim _sending = new(1, 1);

        public async Task SendAsync(string text)
        {
            await _sending.WaitAsync();
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
            finally
            {
                _sending.Release();
            }
        }

        /// <summary>A takeover: the provider's plain 1000 with no reason.</summary>
        public async Task CloseAsync()
        {
            await _sending.WaitAsync();
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Already gone.
            }
            finally
            {
                _sending.Release();
            }
        }

        public void Abort() => socket.Abort();

        public async Task RunUntilClosedAsync()
        {
            var buffer = new byte[1024];
            try
            {
                while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
                {
                    var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        break;
                    }
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Aborted or gone.
            }
        }
    }
}
