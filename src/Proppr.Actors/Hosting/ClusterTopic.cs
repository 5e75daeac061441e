using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;

namespace Proppr.Actors.Hosting;

/// <summary>
/// A distributed pub-sub topic: a message published on any node reaches every subscriber on every node (or, for
/// subscribers in a group, one member of each group). Nothing on it is persisted, so a subscriber that is not listening
/// misses what is said meanwhile.
/// </summary>
public sealed class ClusterTopic(string name)
{
    public string Name { get; } = name;

    /// <summary>To every subscriber that is in no group.</summary>
    public void Publish(ActorSystem system, object message) =>
        DistributedPubSub.Get(system).Mediator.Tell(new Publish(Name, message));

    /// <summary>To one member of each group (the mediator's plain publish reaches only subscribers without a group).</summary>
    public void PublishToGroups(ActorSystem system, object message) =>
        DistributedPubSub.Get(system).Mediator.Tell(new Publish(Name, message, sendOneMessageToEachGroup: true));

    /// <summary>Subscribes an actor on this node; it receives a <see cref="SubscribeAck"/>, then every message, or in a <paramref name="group"/> its share.</summary>
    public void Subscribe(ActorSystem system, IActorRef subscriber, string? group = null) =>
        DistributedPubSub.Get(system).Mediator.Tell(new Subscribe(Name, subscriber, group), subscriber);

    public void Unsubscribe(ActorSystem system, IActorRef subscriber, string? group = null) =>
        DistributedPubSub.Get(system).Mediator.Tell(new Unsubscribe(Name, subscriber, group), subscriber);
}
