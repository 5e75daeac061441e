using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Matches.Resolution;

namespace Proppr.Node;

/// <summary>This node's way to the fixture resolver singleton, when the node runs one (it needs a fixture search).</summary>
public sealed class NodeFixtureResolver(ActorRegistry registry, bool enabled)
{
    public bool Enabled => enabled;

    public IActorRef Actor => enabled
        ? registry.Get<FixtureResolver>()
        : throw new InvalidOperationException("this node runs no fixture resolver (no fixture search is plugged in)");
}
