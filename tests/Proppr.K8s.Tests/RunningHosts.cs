using Akka.Actor;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Proppr.Lighthouse;
using Proppr.Node;
using Proppr.TestSupport;

namespace Proppr.K8s.Tests;

/// <summary>
/// A real Lighthouse and a real node, each on loopback and forming its own one-member cluster (the node on SQLite):
/// what the manifests' probes and shutdown settings are checked against.
/// </summary>
public sealed class RunningHosts : IAsyncLifetime
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("proppr-k8s-");

    public WebApplication Lighthouse { get; } = LighthouseHost.Build(
        ["--Cluster:Hostname=127.0.0.1", $"--Cluster:Port={FreePort.Next()}", "--Urls=http://127.0.0.1:0"]);

    public WebApplication Node { get; private set; } = null!;

    public static ActorSystem SystemOf(WebApplication host) => host.Services.GetRequiredService<ActorSystem>();

    public async Task InitializeAsync()
    {
        Node = NodeHost.Build(
            ["--Database:Provider=Sqlite", $"--Database:DataDirectory={_data.FullName}", "--Cluster:Hostname=127.0.0.1", "--Cluster:Port=0", "--Urls=http://127.0.0.1:0"]);
        await Lighthouse.StartAsync();
        await Node.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Node.StopAsync();
        await Lighthouse.StopAsync();
        await Node.DisposeAsync();
        await Lighthouse.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }
}
