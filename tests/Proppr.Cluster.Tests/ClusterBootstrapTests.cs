using Proppr.TestSupport;
using Xunit.Abstractions;

namespace Proppr.Cluster.Tests;

/// <summary>
/// Cluster formation without seed nodes, as the <c>prod</c> overlay runs it: each node serves its Akka.Management
/// contact point, finds its peers' by service discovery (the config method here; the Kubernetes API there) and Cluster
/// Bootstrap has them agree on one cluster. No Lighthouse runs and no node is told any seed.
/// </summary>
public sealed class ClusterBootstrapTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ClusterRun _run = null!;

    public async Task InitializeAsync() =>
        _run = await ClusterRun.CreateAsync(nameof(ClusterBootstrapTests), ReplayedDay.Generate(seed: 5, fixtures: 2, bets: 10));

    public async Task DisposeAsync() => await (_run?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Fact]
    public Task Three_nodes_with_no_seed_nodes_form_one_cluster_by_bootstrap() =>
        _run.LoggedAsync(output, async () =>
        {
            await _run.CreateTablesAsync();
            int[] managementPorts = [FreePort.Next(), FreePort.Next(), FreePort.Next()];
            var nodes = managementPorts.Select(port => _run.Cluster.StartBootstrapNode(port, managementPorts)).ToList();
            await Task.WhenAll(nodes.Select(ClusterRun.ReadyAsync));
            output.WriteLine($"{_run.Elapsed}: three nodes ready");

            // Every node sees the same three members Up: one cluster, not three one-node clusters.
            foreach (var node in nodes)
            {
                await Eventually.HoldsAsync(async () =>
                    (await node.Api.MembersAsync()).Where(m => m.Status == "up" && m.Reachable).Select(m => m.Address)
                        .Should().BeEquivalentTo(nodes.Select(n => n.Address), $"{node.Name} is in the one cluster"),
                    ClusterRun.Patience);
            }
        });
}
