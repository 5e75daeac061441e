using Proppr.Actors.Betting;
using Proppr.Actors.RateLimiting;
using Proppr.TestSupport;
using Xunit.Abstractions;

namespace Proppr.Cluster.Tests;

/// <summary>
/// A Lighthouse and three nodes settle a 52-fixture day; mid-match the oldest node (it hosts the limiter singleton and
/// the shard coordinator) is SIGKILLed, and a fourth node joins once the split-brain resolver has downed it.
/// </summary>
public sealed class NodeCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const double Speed = 150;
    private static readonly TimeSpan Lead = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan KillAtMinute = TimeSpan.FromMinutes(20);

    private ClusterRun _run = null!;

    public async Task InitializeAsync() =>
        _run = await ClusterRun.CreateAsync(nameof(NodeCrashTests), ReplayedDay.Generate(seed: 9, fixtures: 52, bets: 800), TimeSpan.FromSeconds(10));

    public async Task DisposeAsync() => await (_run?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Fact]
    public Task A_node_killed_mid_match_is_downed_and_replaced_and_every_bet_is_settled_once_as_the_rules_say() =>
        _run.LoggedAsync(output, async () =>
        {
            var replay = _run.Replay;
            var cluster = _run.Cluster;
            await _run.StartClusterAsync(nodes: 3);
            var victim = cluster.Nodes[0];
            output.WriteLine($"{_run.Elapsed}: cluster up");
            await replay.StartAsync(Speed, Lead);
            var (feeder, fed) = _run.Feed(() => [.. cluster.Nodes.Where(n => n != victim).Select(n => n.Api)]);

            await Eventually.HoldsAsync(() => replay.Clock.Now.Should().BeAfter(replay.Kickoff + KillAtMinute), ClusterRun.Patience);
            var orphans = (await victim.Api.ShardsAsync()).SelfFixtures;
            orphans.Should().NotBeEmpty("the node to kill hosts fixtures");
            var killedAt = DateTimeOffset.UtcNow;
            cluster.Kill(victim);
            output.WriteLine($"{_run.Elapsed}: killed {victim.Name}, hosting {orphans.Count} fixtures");

            var survivor = cluster.Nodes[0];
            await Eventually.HoldsAsync(async () =>
                (await survivor.Api.MembersAsync()).Should().NotContain(m => m.Address == victim.Address), ClusterRun.Patience);
            var downedAt = DateTimeOffset.UtcNow;
            output.WriteLine($"{_run.Elapsed}: {victim.Name} downed and removed");
            var newcomer = cluster.StartNode();
            await ClusterRun.ReadyAsync(newcomer);
            output.WriteLine($"{_run.Elapsed}: {newcomer.Name} ready");

            await fed.WaitAsync(ClusterRun.Patience);
            output.WriteLine($"{_run.Elapsed}: every bet confirmed");
            var journal = await _run.JournalAsync();
            await Eventually.HoldsAsync(async () => (await journal.DecidedBetsAsync()).Should().Be(replay.Bets.Count), ClusterRun.Patience);
            output.WriteLine($"{_run.Elapsed}: every bet decided");
            await Eventually.HoldsAsync(async () =>
                (await newcomer.Api.ShardsAsync()).Nodes.Sum(n => n.Fixtures).Should().Be(0, "every fixture passivates once all is decided and checked"),
                ClusterRun.Patience);
            output.WriteLine($"{_run.Elapsed}: every fixture done");
            var fotMobRequests = replay.Server.FotMobFaults.Requests;
            await Eventually.HoldsAsync(async () =>
            {
                var shards = await newcomer.Api.ShardsAsync();
                shards.On(victim.Address).Should().BeNull("the dead node hosts nothing");
                shards.On(newcomer.Address).Should().NotBeNull("the new node runs a shard region");
                shards.On(newcomer.Address)!.Shards.Should().BePositive("shards are rebalanced onto the new node");
            }, ClusterRun.Patience);
            output.WriteLine($"{_run.Elapsed}: shards rebalanced onto {newcomer.Name}");

            var (histories, problems) = await _run.SettlementsAsync(replay.Day.Matches.Select(m => m.MatchId));
            histories.Count(h => h.TrackedBets.Any()).Should().BeGreaterThanOrEqualTo(50);
            histories.SelectMany(h => h.TrackedBets).Select(b => b.BetId).Should().BeEquivalentTo(replay.Bets.Select(b => b.BetId));
            problems.Should().BeEmpty();

            var limiter = await newcomer.Api.LimiterAsync();
            limiter.Of(Apis.FotMob).Limit.Should().Be(ClusterRun.FotMobBatch);
            limiter.Of(Apis.FotMob).WindowSeconds.Should().Be(ClusterRun.FotMobWindow.TotalSeconds);
            var grants = await journal.GrantsAsync(Apis.FotMob);
            grants.Should().Contain(at => at > downedAt, "the limiter singleton moved to a survivor and kept granting");
            var mostInAWindow = GrantWindow.MostWithin(grants, ClusterRun.FotMobWindow);
            mostInAWindow.Should().BeLessThanOrEqualTo(ClusterRun.FotMobBatch);

            var orphanSettlements = histories.Where(h => orphans.Contains(h.FixtureId)).SelectMany(h => h.Settlements)
                .Where(s => s.SettledAt > killedAt).Select(s => s.SettledAt!.Value).ToList();
            orphanSettlements.Should().NotBeEmpty("the killed node's fixtures were taken over mid-match");
            var report = new FailoverReport(
                replay.Day.Matches.Length, replay.Bets.Count, orphans.Count, orphanSettlements.Count, feeder.Resent,
                downedAt - killedAt, orphanSettlements.Max() - killedAt, fotMobRequests, grants.Count, mostInAWindow);
            report.Write(output);
        });
}
