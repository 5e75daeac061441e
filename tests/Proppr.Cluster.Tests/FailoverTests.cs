using Proppr.Actors.Betting;
using Proppr.Actors.RateLimiting;
using Proppr.TestSupport;
using Xunit.Abstractions;

namespace Proppr.Cluster.Tests;

/// <summary>
/// A Lighthouse and three nodes settle a 52-fixture day while bets keep arriving. At 30' the oldest node (shard
/// coordinator, limiter and the other singletons) is stopped by SIGTERM, as a rolling update or a scale-in stops a
/// pod, and a replacement joins; at 85' the then-oldest node is SIGKILLed, and another joins once the split-brain
/// resolver has downed it. Killing it near full time makes its fixtures' full-time settlements wait on the take-over,
/// so the last of them measures how long the take-over took.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const double Speed = 150;
    private static readonly TimeSpan Lead = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan StopAtMinute = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan KillAtMinute = TimeSpan.FromMinutes(85);

    private ClusterRun _run = null!;

    public async Task InitializeAsync() =>
        _run = await ClusterRun.CreateAsync(nameof(FailoverTests), ReplayedDay.Generate(seed: 9, fixtures: 52, bets: 800), TimeSpan.FromSeconds(10));

    public async Task DisposeAsync() => await (_run?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Fact]
    public Task A_node_stopped_hands_off_a_node_killed_is_downed_and_every_bet_is_settled_once_as_the_rules_say() =>
        _run.LoggedAsync(output, async () =>
        {
            var replay = _run.Replay;
            var cluster = _run.Cluster;
            await _run.StartClusterAsync(nodes: 3);
            output.WriteLine($"{_run.Elapsed}: cluster up");
            await replay.StartAsync(Speed, Lead);
            var leaving = new HashSet<ClusterNode>();
            var (feeder, fed) = _run.Feed(() => [.. cluster.Nodes.Where(n => !leaving.Contains(n)).Select(n => n.Api)]);

            await ReachAsync(StopAtMinute);
            var stopped = cluster.Nodes[0];
            leaving.Add(stopped);
            var graceful = await StopAsync(stopped);
            await ClusterRun.ReadyAsync(cluster.StartNode());
            output.WriteLine($"{_run.Elapsed}: replacement ready");

            await ReachAsync(KillAtMinute);
            var victim = cluster.Nodes[0];
            leaving.Add(victim);
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

            // First settlements only: a correction check re-settles on its own schedule, not the take-over's.
            var orphanSettlements = histories.Where(h => orphans.Contains(h.FixtureId)).SelectMany(h => h.Events.FirstSettlements())
                .Where(s => s.SettledAt > killedAt).Select(s => s.SettledAt!.Value).ToList();
            orphanSettlements.Should().NotBeEmpty("the killed node's fixtures still had bets waiting for full time");
            var report = new FailoverReport(
                replay.Day.Matches.Length, replay.Bets.Count, feeder.Resent,
                graceful with { LongestBetWait = feeder.LongestWaitOfBetsSent(graceful.At, graceful.At + graceful.Exited) },
                new CrashFigures(orphans.Count, orphanSettlements.Count, downedAt - killedAt, orphanSettlements.Max() - killedAt,
                    feeder.LongestWaitOfBetsSent(killedAt, downedAt)),
                fotMobRequests, grants.Count, mostInAWindow);
            report.Write(output);
        });

    private Task ReachAsync(TimeSpan matchMinute) =>
        Eventually.HoldsAsync(() => _run.Replay.Clock.Now.Should().BeAfter(_run.Replay.Kickoff + matchMinute), ClusterRun.Patience);

    /// <summary>SIGTERM, then how long until the node's fixtures all run on the others, it has left, and it has exited.</summary>
    private async Task<GracefulStopFigures> StopAsync(ClusterNode node)
    {
        // Matches in play: a fixture whose match is off may finish and stop on its own in the meantime.
        var inPlay = _run.Replay.Day.Matches.Where(m => !m.Postponed).Select(m => m.MatchId).ToHashSet();
        var hosted = (await node.Api.ShardsAsync()).SelfFixtures.Where(inPlay.Contains).ToList();
        hosted.Should().NotBeEmpty("the node to stop hosts matches in play");
        var others = _run.Cluster.Nodes.Where(n => n != node).ToList();
        var at = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _run.Cluster.Stop(node);
        output.WriteLine($"{_run.Elapsed}: SIGTERM to {node.Name}, hosting {hosted.Count} fixtures");

        await RunningOnAsync(others, hosted);
        var handedOff = clock.Elapsed;
        await Eventually.HoldsAsync(async () =>
            (await others[0].Api.MembersAsync()).Should().NotContain(m => m.Address == node.Address), ClusterRun.Patience);
        var removed = clock.Elapsed;
        await node.Process.WaitForExitAsync(ClusterRun.Patience);
        var exited = clock.Elapsed;
        output.WriteLine($"{_run.Elapsed}: {node.Name} handed off {hosted.Count} fixtures in {handedOff.TotalSeconds:0.0} s and exited");
        return new GracefulStopFigures(at, hosted.Count, handedOff, removed, exited);
    }

    /// <summary>Waits until every one of <paramref name="fixtures"/> runs on one of <paramref name="nodes"/>.</summary>
    private static Task RunningOnAsync(IReadOnlyList<ClusterNode> nodes, IReadOnlyList<long> fixtures) =>
        Eventually.HoldsAsync(async () =>
        {
            var hosted = await Task.WhenAll(nodes.Select(async node => (await node.Api.ShardsAsync()).SelfFixtures));
            hosted.SelectMany(ids => ids).Should().Contain(fixtures, "remember-entities restarts them where their shards moved");
        }, ClusterRun.Patience);
}
