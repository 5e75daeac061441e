using System.Collections.Concurrent;
using Akka.Actor;
using Proppr.Actors.Hosting;
using Proppr.Actors.RateLimiting;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.RateLimiting;

/// <summary>The limiter as it runs: a persistent cluster singleton on real nodes, over loopback, on a SQLite file.</summary>
public sealed class RateLimiterClusterTests : IDisposable
{
    private const int Quota = 40;

    private static readonly RateLimiterSettings Settings = RateLimiterSettings.Default with
    {
        Quotas = new Dictionary<string, QuotaSettings> { [Apis.OddsApi] = new(Quota, TimeSpan.FromHours(1)) },
        SnapshotEvery = 15,
    };

    private readonly TempDatabaseFile _database = new();

    private Task<TestNode> StartNode(params string[] seeds) =>
        TestNode.StartAsync(_database.Options, akka => akka.AddRateLimiter(Settings), seeds);

    private static IRateLimiterClient Client(TestNode node) =>
        new ActorRateLimiterClient(node.Required<RateLimiter>(), TimeSpan.FromSeconds(5));

    /// <summary>Asks for permits until told to wait; retries while the singleton is unreachable.</summary>
    private static async Task<int> TakePermits(IRateLimiterClient client, int attempts)
    {
        var granted = 0;
        for (var i = 0; i < attempts; i++)
        {
            try
            {
                var reply = await client.RequestAsync(Apis.OddsApi, PermitPriority.Live, CancellationToken.None);
                if (reply.Granted)
                {
                    granted++;
                }
            }
            catch (RateLimiterUnavailableException)
            {
                // A hand-over in progress: the permit was not granted, ask again.
            }
        }
        return granted;
    }

    [Fact]
    public async Task A_restarted_limiter_continues_its_window_instead_of_resetting_it()
    {
        await using (var first = await StartNode())
        {
            (await TakePermits(Client(first), 25)).Should().Be(25);
        }

        await using var second = await StartNode();
        var state = await second.Required<RateLimiter>().Ask<LimiterState>(GetLimiterState.Instance, TimeSpan.FromSeconds(10));
        state.Apis.Single(api => api.Api == Apis.OddsApi).Used.Should().Be(25);
        (await TakePermits(Client(second), 30)).Should().Be(Quota - 25);
    }

    [Fact]
    public async Task Callers_on_three_nodes_never_get_more_than_the_quota_even_when_the_singleton_moves()
    {
        var oldest = await StartNode();
        var nodes = new List<TestNode> { oldest, await StartNode(oldest.Address), await StartNode(oldest.Address) };
        var granted = new ConcurrentBag<int>();
        try
        {
            // Ten callers per node ask for twice the quota between them before the singleton's node leaves...
            await Task.WhenAll(nodes.SelectMany(node => Enumerable.Range(0, 10).Select(async _ =>
                granted.Add(await TakePermits(Client(node), 1)))));
            var beforeHandOver = granted.Sum();
            beforeHandOver.Should().Be(30);

            // ...then the oldest node (the singleton's) stops mid-window and the rest keep asking.
            await oldest.StopAsync();
            await Task.WhenAll(nodes.Skip(1).SelectMany(node => Enumerable.Range(0, 10).Select(async _ =>
                granted.Add(await TakePermits(Client(node), 3)))));

            granted.Sum().Should().Be(Quota, "the new singleton recovers the window from the journal");
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.StopAsync();
            }
        }
    }

    public void Dispose() => _database.Dispose();
}
