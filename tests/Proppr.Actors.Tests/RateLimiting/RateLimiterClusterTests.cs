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

    /// <summary>
    /// Asks <paramref name="requests"/> times and counts the permits. A request the limiter does not answer (a hand-over in
    /// progress) is asked again and not counted, so every request ends with a yes or a no.
    /// </summary>
    private static async Task<int> TakePermits(IRateLimiterClient client, int requests)
    {
        var granted = 0;
        for (var answered = 0; answered < requests;)
        {
            try
            {
                var reply = await client.RequestAsync(Apis.OddsApi, PermitPriority.Live, CancellationToken.None);
                granted += reply.Granted ? 1 : 0;
                answered++;
            }
            catch (RateLimiterUnavailableException)
            {
                // Not granted: ask again once the new singleton answers.
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
            // Ten callers per node take 30 of the 40 permits (the singleton snapshots and trims its journal meanwhile)...
            await Task.WhenAll(nodes.SelectMany(node => Enumerable.Range(0, 10).Select(async _ =>
                granted.Add(await TakePermits(Client(node), 1)))));
            granted.Sum().Should().Be(30);

            // ...then the oldest node (the singleton's) stops mid-window, and ten callers on each other node ask for
            // five times the quota between them, during the hand-over and after it.
            var stopping = oldest.StopAsync();
            await Task.WhenAll(nodes.Skip(1).SelectMany(node => Enumerable.Range(0, 10).Select(async _ =>
                granted.Add(await TakePermits(Client(node), 10)))));
            await stopping;

            // A permit journaled as the old singleton stopped may never reach its caller: fewer is safe, more never.
            granted.Sum().Should().BeInRange(31, Quota, "the new singleton recovers the window from the journal and grants only what is left");
            var state = await nodes[1].Required<RateLimiter>().Ask<LimiterState>(GetLimiterState.Instance, TimeSpan.FromSeconds(10));
            state.Apis.Single(api => api.Api == Apis.OddsApi).Used.Should().Be(Quota);
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
