using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Proppr.Actors.Fixtures;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Management;

/// <summary>
/// <c>GET shards</c>: how the fixture shards and their entities are spread over the nodes, and which fixtures live
/// on this node.
/// </summary>
public static class ShardEndpoints
{
    public static void MapShardEndpoints(this RouteGroupBuilder manage)
    {
        manage.MapGet("/shards", async (IRequiredActor<FixtureRegion> fixtures, ActorSystem system, ApiSettings settings, CancellationToken cancellationToken) =>
        {
            var region = fixtures.ActorRef;
            var stats = await region.Ask<ClusterShardingStats>(new GetClusterShardingStats(settings.AskTimeout), settings.AskTimeout, cancellationToken);
            var local = await region.Ask<CurrentShardRegionState>(GetShardRegionState.Instance, settings.AskTimeout, cancellationToken);
            return Results.Ok(new ShardsResponse(
                [.. stats.Regions.OrderBy(r => r.Key.ToString(), StringComparer.Ordinal).Select(r => new NodeShards(
                    r.Key.ToString(),
                    r.Value.Stats.Count,
                    r.Value.Stats.Values.Sum(),
                    [.. r.Value.Stats.Keys.Order(StringComparer.Ordinal)]))],
                Akka.Cluster.Cluster.Get(system).SelfAddress.ToString(),
                [.. local.Shards.OrderBy(s => s.ShardId, StringComparer.Ordinal)
                    .Select(s => new LocalShard(s.ShardId, [.. s.EntityIds.Order(StringComparer.Ordinal)]))]));
        });
    }
}

/// <summary>Per node: how many fixture shards and fixtures it hosts; and the shards of the node that answered.</summary>
public sealed record ShardsResponse(IReadOnlyList<NodeShards> Nodes, string Self, IReadOnlyList<LocalShard> SelfShards);

public sealed record NodeShards(string Address, int Shards, int Fixtures, IReadOnlyList<string> ShardIds);

public sealed record LocalShard(string ShardId, IReadOnlyList<string> Fixtures);
