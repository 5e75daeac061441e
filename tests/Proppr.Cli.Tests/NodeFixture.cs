using Proppr.Node.Tests;

namespace Proppr.Cli.Tests;

/// <summary>One running node for the CLI's tests.</summary>
public sealed class NodeFixture : IAsyncLifetime
{
    public NodeUnderTest Node { get; private set; } = null!;

    public string Url => Node.BaseUrl.ToString();

    public async Task InitializeAsync() => Node = await NodeUnderTest.StartAsync();

    public async Task DisposeAsync() => await Node.DisposeAsync();
}
