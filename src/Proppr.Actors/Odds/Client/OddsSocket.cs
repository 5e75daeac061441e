using System.Net.WebSockets;
using Akka.Actor;
using Proppr.Actors.RateLimiting;
using Websocket.Client;

namespace Proppr.Actors.Odds.Client;

/// <summary>
/// One connect attempt of the odds socket (Websocket.Client, its own reconnection off: the feed's
/// <see cref="FeedSession"/> decides when to try again). Asks the rate limiter before connecting, keeps the
/// connection alive with protocol pings, and tells the feed actor what happens, tagged with the attempt's generation:
/// <see cref="SocketOpened"/> or <see cref="SocketFailed"/>, then each <see cref="SocketMessage"/> and finally
/// <see cref="SocketClosed"/>.
/// </summary>
internal sealed class OddsSocket : IDisposable
{
    private readonly WebsocketClient _client;
    private readonly List<IDisposable> _subscriptions = [];

    private OddsSocket(WebsocketClient client) => _client = client;

    /// <summary>Starts an attempt; the outcome arrives at <paramref name="feed"/>.</summary>
    public static OddsSocket Open(int generation, Uri url, OddsFeedOptions options, IRateLimiterClient limiter, IActorRef feed)
    {
        var client = new WebsocketClient(url, () => new ClientWebSocket
        {
            Options = { KeepAliveInterval = options.KeepAliveInterval, KeepAliveTimeout = options.KeepAliveTimeout },
        })
        {
            IsReconnectionEnabled = false,
            ReconnectTimeout = null,
            ErrorReconnectTimeout = null,
            ConnectTimeout = options.ConnectTimeout,
            Name = $"odds-feed-{generation}",
        };
        var socket = new OddsSocket(client);
        socket._subscriptions.Add(client.MessageReceived.Subscribe(message =>
        {
            if (message.MessageType == WebSocketMessageType.Text && message.Text is { } text)
            {
                feed.Tell(new SocketMessage(generation, text));
            }
        }));
        socket._subscriptions.Add(client.DisconnectionHappened.Subscribe(info =>
        {
            // The feed's own closes (ByUser, Exit on dispose) are not news; an Error while connecting is ignored by the session.
            if (info.Type is not (DisconnectionType.ByUser or DisconnectionType.Exit))
            {
                feed.Tell(new SocketClosed(generation, info.Type == DisconnectionType.ByServer && info.CloseStatus == WebSocketCloseStatus.NormalClosure,
                    $"{info.Type} {info.CloseStatus} {info.CloseStatusDescription} {info.Exception?.Message}".Trim()));
            }
        }));
        socket.ConnectAsync(generation, limiter).PipeTo(feed);
        return socket;
    }

    private async Task<object> ConnectAsync(int generation, IRateLimiterClient limiter)
    {
        try
        {
            var permit = await limiter.RequestAsync(Apis.OddsApi, PermitPriority.Live, CancellationToken.None);
            if (!permit.Granted)
            {
                return new SocketPermitDenied(generation, permit.RetryAfter);
            }
            await _client.StartOrFail();
            return new SocketOpened(generation);
        }
        catch (Exception e)
        {
            return new SocketFailed(generation, e.GetBaseException().Message);
        }
    }

    public void Dispose()
    {
        _subscriptions.ForEach(subscription => subscription.Dispose());
        _client.Dispose();
    }
}
