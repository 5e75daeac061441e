namespace Proppr.Node.Tests;

/// <summary>
/// Tests that each start their own <see cref="NodeUnderTest"/> and talk to its API as an operator holding the token.
/// </summary>
public abstract class StartedNodeTests : IAsyncLifetime
{
    protected NodeUnderTest Node { get; private set; } = null!;

    /// <summary>A client for the node's API, authorised with <see cref="NodeUnderTest.Token"/>.</summary>
    protected HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Node = await NodeUnderTest.StartAsync();
        Http = Node.Client(NodeUnderTest.Token);
    }

    public async Task DisposeAsync() => await Node.DisposeAsync();
}
