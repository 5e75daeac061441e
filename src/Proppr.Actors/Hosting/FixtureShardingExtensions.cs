using System.Globalization;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Hosting;

public static class FixtureShardingExtensions
{
    /// <summary>
    /// Starts the fixture shard region (settings in <c>akka.hocon</c>: role, remember-entities, its own journal),
    /// registered as <see cref="FixtureRegion"/>.
    /// </summary>
    public static AkkaConfigurationBuilder AddFixtureSharding(
        this AkkaConfigurationBuilder builder, IMatchDataSource matchData, FixtureSettings settings) =>
        builder.WithShardRegion<FixtureRegion>(
            FixtureRegion.TypeName,
            entityId => FixtureActor.Props(long.Parse(entityId, CultureInfo.InvariantCulture), matchData, settings),
            new FixtureMessageExtractor(),
            new ShardOptions());
}
