using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;

namespace Proppr.Node.Tests.Api;

/// <summary>
/// <c>/api/stream</c> on a real node whose publish-subscribe mediator is gone, so the odds signals' subscription is
/// never confirmed: the client is told the cluster did not answer (503), not that the node broke (500).
/// </summary>
public sealed class StreamUnavailableTests : IAsyncLifetime
{
    private NodeUnderTest _node = null!;

    public async Task InitializeAsync() => _node = await NodeUnderTest.StartAsync(["--Api:AskTimeout=00:00:02"]);

    public async Task DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task A_subscription_that_is_never_confirmed_is_a_503()
    {
        var mediator = DistributedPubSub.Get(_node.System).Mediator;
        (await mediator.GracefulStop(TimeSpan.FromSeconds(10))).Should().BeTrue();
        using var http = _node.Client();

        var (status, body) = await http.GetJsonAsync("api/stream");

        status.Should().Be(503);
        ((string)body["error"]!).Should().StartWith("the cluster did not answer in time");
    }
}
