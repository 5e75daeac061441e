using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Proppr.Actors.Hosting;

namespace Proppr.Node.Api.Stream;

/// <summary>
/// One stream client's subscription to a cluster-wide topic: it joins the topic, says when the subscription holds,
/// passes every message of type <typeparamref name="T"/> to the client's stream, and leaves when that stream ends.
/// </summary>
internal sealed class TopicRelay<T> : ReceiveActor
{
    private readonly ClusterTopic _topic;
    private readonly IActorRef _stream;
    private readonly TaskCompletionSource _subscribed;

    public TopicRelay(ClusterTopic topic, IActorRef stream, TaskCompletionSource subscribed)
    {
        _topic = topic;
        _stream = stream;
        _subscribed = subscribed;
        Receive<SubscribeAck>(_ => _subscribed.TrySetResult());
        Receive<T>(message => _stream.Tell(message));
        Receive<Terminated>(_ => Context.Stop(Self));
    }

    public static Props Props(ClusterTopic topic, IActorRef stream, TaskCompletionSource subscribed) =>
        Akka.Actor.Props.Create(() => new TopicRelay<T>(topic, stream, subscribed));

    protected override void PreStart()
    {
        Context.Watch(_stream);
        _topic.Subscribe(Context.System, Self);
    }

    protected override void PostStop()
    {
        _topic.Unsubscribe(Context.System, Self);
        _subscribed.TrySetCanceled();
    }
}
