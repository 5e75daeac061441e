using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;

namespace Proppr.Actors.Hosting;

/// <summary>
/// A distributed pub-sub topic: a message published on any node reaches every subscriber on every node. Nothing on
/// it is persisted, so a subscriber that is not listening misses what is said meanwhile.
/// </summary>
public sealed class ClusterTopic(string name)
{
    public string Name { get; } = name;

    public void Publish(ActorSystem system, object message) =>
        DistributedPubSub.Get(system).Mediator.Tell(new Publish(Name, message));

    /// <summary>Subscribes an actor on this node; it receives a <see cref="SubscribeAck"/>, then every message.</summary>
    public void Subscribe(ActorSystem system, IActorRef subscriber) =>
        DistributedPubSub.Get(system).Mediator.Tell(new Subscribe(Name, subscriber), subscriber);

    public void Unsubscribe(ActorSystem system, IActorRef subscriber) =>
        DistributedPubSub.Get(system).Mediator.Tell(new Unsubscribe(Name, subscriber), subscriber);
}
