using Akka.Actor;
using Akka.Cluster;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;

namespace Proppr.TestSupport;

/// <summary>
/// A real one-node Proppr cluster for tests: the production composition (akka.hocon, remoting on loopback,
/// self-joined cluster, Akka.Persistence.Sql, fixture sharding) in a generic host. Started when its member is Up.
/// </summary>
public sealed class TestNode : IAsyncDisposable
{
    private readonly IHost _host;

    private TestNode(IHost host)
    {
        _host = host;
        System = host.Services.GetRequiredService<ActorSystem>();
        Fixtures = host.Services.GetRequiredService<IRequiredActor<FixtureRegion>>().ActorRef;
    }

    public ActorSystem System { get; }

    public IActorRef Fixtures { get; }

    public static async Task<TestNode> StartAsync(
        DatabaseOptions database,
        IMatchDataSource matchData,
        FixtureSettings settings,
        Action<AkkaConfigurationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddAkka(PropprConfig.ActorSystemName, akka =>
        {
            akka.WithPropprHocon()
                .WithPropprCluster(new ClusterNodeOptions())
                .WithPropprPersistence(database)
                .AddFixtureSharding(matchData, settings);
            configure?.Invoke(akka);
        });
        var host = builder.Build();
        await host.StartAsync();
        var node = new TestNode(host);
        await node.WaitUntilUpAsync(TimeSpan.FromSeconds(30));
        return node;
    }

    private Task WaitUntilUpAsync(TimeSpan timeout)
    {
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Cluster.Get(System).RegisterOnMemberUp(() => up.TrySetResult());
        return up.Task.WaitAsync(timeout);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
