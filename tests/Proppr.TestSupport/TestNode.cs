using Akka.Actor;
using Akka.Cluster;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Proppr.Actors.Hosting;
using Proppr.Actors.Stats;

namespace Proppr.TestSupport;

/// <summary>
/// A real Proppr cluster node for tests: the production composition (akka.hocon, remoting on loopback, cluster,
/// Akka.Persistence.Sql, the stores in DI) in a generic host, plus whatever <c>configure</c> adds (sharding, singletons).
/// With no seed nodes it joins itself; started once its member is Up.
/// </summary>
public sealed class TestNode : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private TestNode(IHost host)
    {
        _host = host;
        System = host.Services.GetRequiredService<ActorSystem>();
    }

    public ActorSystem System { get; }

    /// <summary>Where other nodes reach this one, as a seed-node string.</summary>
    public string Address => Cluster.Get(System).SelfAddress.ToString();

    public static async Task<TestNode> StartAsync(
        DatabaseOptions database,
        Action<AkkaConfigurationBuilder> configure,
        params string[] seedNodes)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddPropprStores(database, StatsSettings.Default.Calendar);
        builder.Services.AddAkka(PropprConfig.ActorSystemName, akka =>
        {
            akka.WithPropprHocon()
                .WithPropprCluster(new ClusterNodeOptions { SeedNodes = seedNodes })
                .WithPropprPersistence(database);
            configure(akka);
        });
        var host = builder.Build();
        await host.StartAsync();
        var node = new TestNode(host);
        await node.WaitUntilUpAsync(TimeSpan.FromSeconds(30));
        return node;
    }

    /// <summary>An actor the composition registered (a shard region, a singleton proxy).</summary>
    public IActorRef Required<TKey>() => _host.Services.GetRequiredService<IRequiredActor<TKey>>().ActorRef;

    private Task WaitUntilUpAsync(TimeSpan timeout)
    {
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Cluster.Get(System).RegisterOnMemberUp(() => up.TrySetResult());
        return up.Task.WaitAsync(timeout);
    }

    /// <summary>Leaves the cluster gracefully (shards and singletons hand over) and stops.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        await _host.StopAsync();
        _host.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
