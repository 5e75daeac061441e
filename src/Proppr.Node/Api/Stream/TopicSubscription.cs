using Akka;
using Akka.Actor;
using Akka.Streams;
using Akka.Streams.Dsl;
using Proppr.Actors.Hosting;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Stream;

/// <summary>
/// A stream client's source of what is published on a cluster-wide topic from now on: it completes once the
/// subscription holds (or fails after the ask timeout), so nothing published after the client's <c>subscribed</c>
/// event is missed. A client too slow for the buffer fails its stream.
/// </summary>
public static class TopicSubscription
{
    public static async Task<Source<T, NotUsed>> SubscribeAsync<T>(
        ActorSystem system, ClusterTopic topic, ApiSettings settings, CancellationToken cancellationToken)
    {
        var (stream, messages) = Source.ActorRef<T>(settings.StreamBuffer, OverflowStrategy.Fail).PreMaterialize(system.Materializer());
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var relay = system.ActorOf(TopicRelay<T>.Props(topic, stream, subscribed));
        try
        {
            await subscribed.Task.WaitAsync(settings.AskTimeout, cancellationToken);
        }
        catch
        {
            relay.Tell(PoisonPill.Instance);
            stream.Tell(new Status.Success(NotUsed.Instance));
            throw;
        }
        return messages;
    }
}
