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
/// <c>subscribed</c> event. A client that falls too far behind gets an <c>error</c> event and the stream ends; it
/// catches up with <c>/api/settlements?after=</c> (the last event id) and subscribes again. Read.
/// </summary>
public static class StreamEndpoints
{
    public static void MapStreamEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        access.Reads(app.MapGet("/api/stream", async (
            IEnumerable<ILiveEventSource> sources, ActorSystem system, ApiSettings settings, CancellationToken cancellationToken) =>
        {
            var subscribed = await Task.WhenAll(sources.Select(source => source.SubscribeAsync(cancellationToken)));
            var events = Source.Single(LiveEvent.Subscribed)
                .Concat(subscribed.Skip(1).Aggregate(subscribed[0], (all, next) => all.Merge(next))
                    .KeepAlive(settings.StreamKeepAlive, () => LiveEvent.KeepAlive)
                    .Recover(error => Option<LiveEvent>.Create(new LiveEvent("error", new JsonObject
                    {
                        ["error"] = "the stream ended: " + error.Message + "; catch up with /api/settlements?after=<last id> and subscribe again",
                    }.ToJsonString()))))
                .Select(e => new SseItem<string>(e.Data, e.Type) { EventId = e.Id })
                .RunAsAsyncEnumerable(system.Materializer());
            return TypedResults.ServerSentEvents(events);
        }));
    }
}
