using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Proppr.Replay.Odds;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.Server;

/// <summary>
/// <c>/v3/ws?apiKey=…&amp;markets=…</c>: a <c>welcome</c> on connect, then on every tick one frame holding, one JSON object
/// per line, what changed for the subscribed events and markets since the last frame (NDJSON, as the provider sends).
/// A second connection with the same key closes this one with code 1000.
/// </summary>
internal static class OddsWebSocketEndpoint
{
    /// <summary>Messages per frame at most: the real feed batches several, never a whole day.</summary>
    private const int MessagesPerFrame = 25;

    public static void Map(IEndpointRouteBuilder routes, ReplayServer server) =>
        routes.Map("/v3/ws", context => Serve(server, context));

    private static async Task Serve(ReplayServer server, HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("WebSocket connection expected");
            return;
        }
        var apiKey = context.Request.Query["apiKey"].ToString();
        if (!OddsRestEndpoints.IsAuthorised(server, apiKey))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("Invalid API key");
            return;
        }
        var (subscription, error) = OddsSubscription.Parse(context.Request.Query);
        if (subscription is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(error!);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var kick = server.OddsConnections.Register(apiKey);
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(kick.Token, context.RequestAborted);
        var listening = DrainUntilClosed(socket, ended);
        try
        {
            await Send(socket, [Welcome(server, subscription)], ended.Token);
            await Stream(server, socket, subscription, ended.Token);
        }
        catch (OperationCanceledException) when (ended.IsCancellationRequested)
        {
            // Taken over, closed by the client, or the server is stopping.
        }
        catch (WebSocketException)
        {
            // The client went away mid-frame.
        }
        finally
        {
            server.OddsConnections.Release(apiKey, kick);
        }
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        await listening;
    }

    private static async Task Stream(ReplayServer server, WebSocket socket, OddsSubscription subscription, CancellationToken cancellationToken)
    {
        var state = new OddsFeedState();
        while (true)
        {
            var (now, priced) = (server.Clock.Now, server.BooksNow);
            var quotes = server.Day.Matches
                .Where(m => subscription.Covers(m, new MatchSchedule(m).At(now)) || state.Knows(m.OddsEventId))
                .SelectMany(m => server.Options.Bookmakers.Select(b => OddsPricer.Quote(m, b, priced)));
            foreach (var frame in state.Advance(quotes, now, subscription.Markets).Chunk(MessagesPerFrame))
            {
                await Send(socket, frame, cancellationToken);
            }
            await Task.Delay(server.Options.OddsTickInterval, server.Options.Time, cancellationToken);
        }
    }

    private static JsonObject Welcome(ReplayServer server, OddsSubscription subscription) => new()
    {
        ["type"] = "welcome",
        ["message"] = "Connected to Odds-API.io WebSocket",
        ["bookmakers"] = new JsonArray([.. server.Options.Bookmakers.Select(b => JsonValue.Create(b.Name))]),
        ["sport_filter"] = new JsonArray("football"),
        ["leagues_filter"] = new JsonArray([.. subscription.Leagues.Select(l => JsonValue.Create(l))]),
        ["status_filter"] = subscription.Status ?? "all",
    };

    /// <summary>One text frame, its messages separated by newlines.</summary>
    private static Task Send(WebSocket socket, IEnumerable<JsonObject> messages, CancellationToken cancellationToken)
    {
        var text = string.Join('\n', messages.Select(m => m.ToJsonString()));
        return socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
    }

    /// <summary>Reads (and ignores) what the client sends, ending the connection when the client closes it.</summary>
    private static async Task DrainUntilClosed(WebSocket socket, CancellationTokenSource ended)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (WebSocketException)
        {
            // The client vanished without a close frame.
        }
        await ended.CancelAsync();
    }
}
