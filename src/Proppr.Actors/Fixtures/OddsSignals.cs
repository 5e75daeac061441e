using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// Where fixtures announce price drops and value bets (<see cref="FixtureOddsSignal"/>): one distributed pub-sub topic,
/// so a subscriber on any node (the node's live stream) hears every fixture wherever its shard lives. Not journaled:
/// a watcher that is not listening misses them, and the fixture's book (<see cref="GetFixtureOdds"/>) still has them.
/// A subscriber in a group (the odds history's writers, one per node) shares the signals with the rest of its group:
/// each signal reaches one member, so the cluster stores it once, not once per node.
/// </summary>
public static class OddsSignals
{
    public const string Topic = "odds-signals";

    public static void Publish(ActorSystem system, FixtureOddsSignal signal)
    {
        var mediator = DistributedPubSub.Get(system).Mediator;
        // The mediator sends a plain publish to the subscribers without a group only, and a publish to each group
        // to one member of each group only: the two audiences need one message each.
        mediator.Tell(new Publish(Topic, signal));
        mediator.Tell(new Publish(Topic, signal, sendOneMessageToEachGroup: true));
    }

    /// <summary>
    /// Subscribes an actor on this node; it receives a <see cref="SubscribeAck"/>, then every signal, or with a
    /// <paramref name="group"/> the signals that group's turn gives it.
    /// </summary>
    public static void Subscribe(ActorSystem system, IActorRef subscriber, string? group = null) =>
        DistributedPubSub.Get(system).Mediator.Tell(new Subscribe(Topic, subscriber, group), subscriber);

    public static void Unsubscribe(ActorSystem system, IActorRef subscriber) =>
        DistributedPubSub.Get(system).Mediator.Tell(new Unsubscribe(Topic, subscriber), subscriber);
}
