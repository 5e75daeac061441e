namespace Proppr.Node.Tests.Api;

/// <summary>One running node shared by the tests of a class (each test uses its own bet ids).</summary>
public sealed class NodeFixture : IAsyncLifetime
{
    public NodeUnderTest Node { get; private set; } = null!;

    public async Task InitializeAsync() => Node = await NodeUnderTest.StartAsync();

    public async Task DisposeAsync() => await Node.DisposeAsync();
}
