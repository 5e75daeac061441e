using System.Globalization;
using Akka.Cluster.Sharding;
using Proppr.Actors.Fixtures;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// The fixture extractor must route exactly as Akka's own hash extractor over the fixture id does: shards are
/// remembered by id, so a fixture that moved shard would run twice.
/// </summary>
public sealed class FixtureMessageExtractorTests
{
    private static readonly IMessageExtractor Reference = HashCodeMessageExtractor.Create(
        FixtureMessageExtractor.ShardCount,
        message => ((IWithFixtureId)message).FixtureId.ToString(CultureInfo.InvariantCulture),
        message => message);

    [Fact]
    public void Every_fixture_id_goes_to_the_shard_and_entity_akkas_hash_extractor_gives_it()
    {
        var extractor = new FixtureMessageExtractor();
        var ids = Enumerable.Range(1, 200_000).Select(i => (long)i)
            .Concat([3370572, 4193490, 4506508, 5104961, int.MaxValue, 9_876_543_210]);

        foreach (var id in ids)
        {
            var message = new GetFixture(id);
            var entityId = extractor.EntityId(message)!;
            (entityId, extractor.ShardId(entityId, message)).Should().Be((Reference.EntityId(message)!, Reference.ShardId(entityId, message)), $"fixture {id}");
        }
    }

    [Fact]
    public void A_message_for_no_fixture_has_no_entity()
    {
        new FixtureMessageExtractor().EntityId("not a fixture message").Should().BeNull();
    }
}
