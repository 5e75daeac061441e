using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// Where fixtures announce price drops and value bets (<see cref="FixtureOddsSignal"/>): one distributed pub-sub topic,
/// so a subscriber on any node (the node's live stream) hears every fixture wherever its shard lives. Not persisted:
/// a watcher that is not listening misses them, and the fixture's book (<see cref="GetFixtureOdds"/>) still has them.
/// </summary>
public static class OddsSignals
{
    public const string Topic = "odds-signals";

    public static void Publish(ActorSystem system, FixtureOddsSignal signal) =>
        DistributedPubSub.Get(system).Mediator.Tell(new Publish(Topic, signal));

    /// <summary>Subscribes an actor on this node; it receives a <see cref="SubscribeAck"/>, then every signal.</summary>
    public static void Subscribe(ActorSystem system, IActorRef subscriber) =>
        DistributedPubSub.Get(system).Mediator.Tell(new Subscribe(Topic, subscriber), subscriber);

    public static void Unsubscribe(ActorSystem system, IActorRef subscriber) =>
        DistributedPubSub.Get(system).Mediator.Tell(new Unsubscribe(Topic, subscriber), subscriber);
}
