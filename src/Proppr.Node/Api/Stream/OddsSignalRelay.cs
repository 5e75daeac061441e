using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Proppr.Actors.Fixtures;

namespace Proppr.Node.Api.Stream;

/// <summary>
/// One stream client's subscription to the fixtures' odds signals: it joins the cluster-wide topic, says when the
/// subscription holds, passes every signal to the client's stream, and leaves when that stream ends.
/// </summary>
internal sealed class OddsSignalRelay : ReceiveActor
{
    private readonly IActorRef _stream;
    private readonly TaskCompletionSource _subscribed;

    public OddsSignalRelay(IActorRef stream, TaskCompletionSource subscribed)
    {
        _stream = stream;
        _subscribed = subscribed;
        Receive<SubscribeAck>(_ => _subscribed.TrySetResult());
        Receive<FixtureOddsSignal>(signal => _stream.Tell(signal));
        Receive<Terminated>(_ => Context.Stop(Self));
    }

    public static Props Props(IActorRef stream, TaskCompletionSource subscribed) =>
        Akka.Actor.Props.Create(() => new OddsSignalRelay(stream, subscribed));

    protected override void PreStart()
    {
        Context.Watch(_stream);
        OddsSignals.Subscribe(Context.System, Self);
    }

    protected override void PostStop()
    {
        OddsSignals.Unsubscribe(Context.System, Self);
        _subscribed.TrySetCanceled();
    }
}
