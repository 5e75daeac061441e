using System.Globalization;
using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;
using Akka.Actor;
using Akka.Streams;
using Akka.Streams.Dsl;
using Akka.Util;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Stream;

/// <summary>
/// <c>GET /api/stream</c>: server-sent events from every <see cref="ILiveEventSource"/>, merged, starting with a
/// <c>subscribed</c> event. A client that sends <c>Last-Event-ID</c> (the last bet event's id it saw) first gets the bet
/// events it missed, then the live ones, none twice. A client that falls too far behind gets an <c>error</c> event and
/// the stream ends; it subscribes again with its last event id. Read.
/// </summary>
public static class StreamEndpoints
{
    private const string LastEventIdHeader = "Last-Event-ID";

    public static void MapStreamEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        access.Reads(app.MapGet("/api/stream", async Task<IResult> (
            HttpRequest request, IEnumerable<ILiveEventSource> sources, ActorSystem system, ApiSettings settings, CancellationToken cancellationToken) =>
        {
            long? lastEventId = null;
            if (request.Headers[LastEventIdHeader] is [{ } header, ..])
            {
                if (!long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    return ApiError.BadRequest($"{LastEventIdHeader} must be the id of an event this stream sent (a journal position)");
                }
                lastEventId = id;
            }
            var subscribed = await Task.WhenAll(sources.Select(source => source.SubscribeAsync(lastEventId, cancellationToken)));
            var events = Source.Single(LiveEvent.Subscribed)
                .Concat(subscribed.Skip(1).Aggregate(subscribed[0], (all, next) => all.Merge(next))
                    .KeepAlive(settings.StreamKeepAlive, () => LiveEvent.KeepAlive)
                    .Recover(error => Option<LiveEvent>.Create(new LiveEvent("error", new JsonObject
                    {
                        ["error"] = "the stream ended: " + error.Message + "; subscribe again with Last-Event-ID: <last id>",
                    }.ToJsonString()))))
                .Select(e => new SseItem<string>(e.Data, e.Type) { EventId = e.Id })
                .RunAsAsyncEnumerable(system.Materializer());
            return TypedResults.ServerSentEvents(events);
        }));
    }
}
