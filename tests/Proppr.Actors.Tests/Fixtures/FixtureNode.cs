using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>A one-node cluster running the fixture region on scripted match data, with a probe on the scenario's fixture.</summary>
internal sealed class FixtureNode : IAsyncDisposable
{
    private FixtureNode(TestNode node, ScriptedMatchData matchData)
    {
        Node = node;
        MatchData = matchData;
        Fixture = Probe(ScenarioBets.FixtureId);
    }

    public TestNode Node { get; }

    public ScriptedMatchData MatchData { get; }

    /// <summary>The scenario's fixture (<see cref="ScenarioBets.FixtureId"/>).</summary>
    public FixtureProbe Fixture { get; }

    public static async Task<FixtureNode> StartAsync(DatabaseOptions database, FixtureSettings settings)
    {
        var matchData = new ScriptedMatchData();
        var node = await TestNode.StartAsync(database, akka => akka.AddFixtureSharding(settings, _ => matchData));
        return new FixtureNode(node, matchData);
    }

    public FixtureProbe Probe(long fixtureId) => new(Node.Required<FixtureRegion>(), MatchData, fixtureId);

    public ValueTask DisposeAsync() => Node.DisposeAsync();
}
