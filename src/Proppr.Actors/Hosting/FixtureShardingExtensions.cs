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
    /// registered as <see cref="FixtureRegion"/>. The match-data source is built once per node from the registry,
    /// so it can reach actors started before it (the rate limiter's proxy). A hand-off stops a fixture with
    /// <see cref="StopFixture"/>, which waits for its in-flight write.
    /// </summary>
    public static AkkaConfigurationBuilder AddFixtureSharding(
        this AkkaConfigurationBuilder builder, FixtureSettings settings, Func<IActorRegistry, IMatchDataSource> matchData) =>
        builder.WithShardRegion<FixtureRegion>(
            FixtureRegion.TypeName,
            (_, registry) =>
            {
                var source = matchData(registry);
                return entityId => FixtureActor.Props(long.Parse(entityId, CultureInfo.InvariantCulture), source, settings);
            },
            new FixtureMessageExtractor(),
            // Everything else (role, remember-entities, state store) comes from akka.hocon; only the stop message is code.
            new ShardOptions { HandOffStopMessage = StopFixture.Instance });
}
