using Akka.Actor;
using Proppr.Actors.Fixtures;

namespace Proppr.Bench;

/// <summary>
/// A sharded entity that drops odds ticks and answers odds queries: the fixture region's routing (region, shard,
/// entity) with no fixture behind it, to show what sharding alone costs per tick. Registry key of its region.
/// </summary>
public sealed class RoutingSink : UntypedActor
{
    public const string TypeName = "bench-routing-sink";

    protected override void OnReceive(object message)
    {
        if (message is GetFixtureOdds query)
        {
            Sender.Tell(query);
        }
    }
}
