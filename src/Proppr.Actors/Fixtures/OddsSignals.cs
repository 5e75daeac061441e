using Proppr.Actors.Hosting;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// Where fixtures announce price drops and value bets (<see cref="FixtureOddsSignal"/>): one distributed pub-sub topic,
/// so a subscriber on any node (the node's live stream) hears every fixture wherever its shard lives. Not persisted:
/// a watcher that is not listening misses them, and the fixture's book (<see cref="GetFixtureOdds"/>) still has them.
/// </summary>
public static class OddsSignals
{
    public static readonly ClusterTopic Topic = new("odds-signals");
}
