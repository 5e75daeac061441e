using System.Collections.Concurrent;
using System.Globalization;
using Akka.Cluster.Sharding;
using Akka.Util;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// Routes every <see cref="IWithFixtureId"/> message to its fixture's entity. The ids are the base extractor's
/// (the fixture id as text, the shard by its <see cref="MurmurHash"/>), but made without allocating: the region and the
/// shard ask for them on every message, and in an odds flood formatting the same ids again was most of the strings the
/// process made.
/// </summary>
public sealed class FixtureMessageExtractor() : HashCodeMessageExtractor(ShardCount)
{
    /// <summary>About ten shards per node at the largest expected cluster; must never change while data lives.</summary>
    public const int ShardCount = 100;

    /// <summary>The entity ids kept formatted; beyond this many fixtures the memo starts again (a day has far fewer).</summary>
    private const int RememberedIds = 100_000;

    private static readonly string[] ShardIds =
        [.. Enumerable.Range(0, ShardCount).Select(shard => shard.ToString(CultureInfo.InvariantCulture))];

    private readonly ConcurrentDictionary<long, string> _entityIds = new();

    public override string? EntityId(object message) => message switch
    {
        IWithFixtureId routed => EntityIdOf(routed.FixtureId),
        _ => null,
    };

    public override string ShardId(string entityId, object? messageHint = null) =>
        ShardIds[Math.Abs(MurmurHash.StringHash(entityId) % ShardCount)];

    private string EntityIdOf(long fixtureId)
    {
        if (_entityIds.TryGetValue(fixtureId, out var known))
        {
            return known;
        }
        if (_entityIds.Count >= RememberedIds)
        {
            _entityIds.Clear();
        }
        return _entityIds.GetOrAdd(fixtureId, id => id.ToString(CultureInfo.InvariantCulture));
    }
}
