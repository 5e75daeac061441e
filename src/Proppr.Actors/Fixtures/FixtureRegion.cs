namespace Proppr.Actors.Fixtures;

/// <summary>Registry key of the fixture shard region (inject <c>IRequiredActor&lt;FixtureRegion&gt;</c>).</summary>
public sealed class FixtureRegion
{
    public const string TypeName = "fixture";

    private FixtureRegion()
    {
    }
}
