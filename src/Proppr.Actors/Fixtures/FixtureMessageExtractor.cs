using System.Globalization;
using Akka.Cluster.Sharding;

namespace Proppr.Actors.Fixtures;

/// <summary>Routes every <see cref="IWithFixtureId"/> message to its fixture's entity.</summary>
public sealed class FixtureMessageExtractor() : HashCodeMessageExtractor(ShardCount)
{
    /// <summary>About ten shards per node at the largest expected cluster; must never change while data lives.</summary>
    public const int ShardCount = 100;

    public override string? EntityId(object message) => message switch
    {
        IWithFixtureId routed => routed.FixtureId.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}
