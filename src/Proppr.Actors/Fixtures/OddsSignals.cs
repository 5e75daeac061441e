using Akka.Actor;
using Proppr.Actors.Hosting;

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
    public static readonly ClusterTopic Topic = new("odds-signals");

    /// <summary>To the live streams (subscribers without a group) and to one odds history writer (their group).</summary>
    public static void Publish(ActorSystem system, FixtureOddsSignal signal)
    {
        Topic.Publish(system, signal);
        Topic.PublishToGroups(system, signal);
    }
}
