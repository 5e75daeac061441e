using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.TestSupport;
using Xunit.Abstractions;

namespace Proppr.Cluster.Tests;

/// <summary>
/// Every process of a cluster that has settled a match day is stopped, then started again on the same database: the
/// fixtures still waiting for their last correction check come back by themselves (remember-entities) with their bets
/// and settlements, nothing already settled is written again, and the read model is as it was.
/// </summary>
public sealed class ClusterRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const double Speed = 300;
    private static readonly TimeSpan Lead = TimeSpan.FromMinutes(10);

    private ClusterRun _run = null!;

    // The first check sees any correction; the second, far off, keeps the fixtures alive (remembered) over the restart.
    public async Task InitializeAsync() =>
        _run = await ClusterRun.CreateAsync(nameof(ClusterRestartTests), ReplayedDay.Generate(seed: 11, fixtures: 16, bets: 240),
            TimeSpan.FromSeconds(6), TimeSpan.FromMinutes(30));

    public async Task DisposeAsync() => await (_run?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Fact]
    public Task A_cluster_stopped_and_started_again_recovers_everything_from_the_journal_and_settles_nothing_twice() =>
        _run.LoggedAsync(output, async () =>
        {
            var replay = _run.Replay;
            var cluster = _run.Cluster;
            await _run.StartClusterAsync(nodes: 3);
            await replay.StartAsync(Speed, Lead);
            var (_, fed) = _run.Feed(() => [.. cluster.Nodes.Select(n => n.Api)]);
            await fed.WaitAsync(ClusterRun.Patience);
            var journal = await _run.JournalAsync();
            var played = replay.Day.Matches.Where(m => !m.Postponed).Select(m => m.MatchId).ToList();
            // Settled as the rules say on the final (corrected) payloads, and all of it in the read model: nothing is
            // still on its way when the cluster is stopped.
            await Eventually.HoldsAsync(async () =>
            {
                (await journal.DecidedBetsAsync()).Should().Be(replay.Bets.Count);
                (await journal.FixturesWithAsync("fx-ev-correction")).Should().Be(played.Count);
                (await _run.SettlementsAsync(played)).Problems.Should().BeEmpty();
                (await journal.UnprojectedSettlementsAsync()).Should().Be(0);
            }, ClusterRun.Patience);
            output.WriteLine($"{_run.Elapsed}: day settled, first correction checks made; FotMob served {replay.Server.FotMobFaults.Requests} requests");
            var remembered = (await cluster.Nodes[0].Api.ShardsAsync()).Nodes.Sum(n => n.Fixtures);
            remembered.Should().Be(played.Count, "fixtures waiting for their last check stay alive");
            var rowsBefore = await journal.ReadModelRowsAsync();
            var before = (await Task.WhenAll(played.Select(journal.FixtureAsync))).ToDictionary(h => h.FixtureId);

            await cluster.StopAllAsync();
            output.WriteLine($"{_run.Elapsed}: every process stopped");
            await _run.StartClusterAsync(nodes: 3);
            output.WriteLine($"{_run.Elapsed}: cluster up again");
            var entry = cluster.Nodes[0].Api;
            await Eventually.HoldsAsync(async () =>
                (await entry.ShardsAsync()).Nodes.Sum(n => n.Fixtures).Should().Be(remembered, "remember-entities restarts them unasked"),
                ClusterRun.Patience);

            // One more bet per fixture, a copy of a settled one: once it is settled, the fixture has graded its
            // recovered bets against the same facts at least once since the restart.
            var copies = before.Values.Select(h => h.TrackedBets.First() with { BetId = $"after-restart-{h.FixtureId}" }).ToList();
            (await entry.PostBetsAsync(copies)).Should().OnlyContain(result => result.Confirmed);
            await Eventually.HoldsAsync(async () =>
                (await journal.DecidedBetsAsync()).Should().Be(replay.Bets.Count + copies.Count), ClusterRun.Patience);
            output.WriteLine($"{_run.Elapsed}: the copies are settled");

            foreach (var fixtureId in played)
            {
                var earlier = before[fixtureId];
                var now = await journal.FixtureAsync(fixtureId);
                now.Events.Take(earlier.Events.Count).Should().BeEquivalentTo(earlier.Events, options => options.RespectingRuntimeTypes().WithStrictOrdering());
                var added = now.Events.Skip(earlier.Events.Count).ToList();
                added.Should().OnlyContain(e => e is IBetEvent, "no match state or check is written again");
                added.ChangesOf().Should().OnlyContain(change => change.BetId == $"after-restart-{fixtureId}", "nothing but the copy is tracked and settled")
                    .And.Satisfy(change => change is BetTrackedChange, change => change is SettlementChange);
                var copy = $"after-restart-{fixtureId}";
                now.Settlements.Where(s => s.BetId != copy).Should().HaveCount(earlier.Settlements.Count(), "nothing settled is settled again");
                var original = earlier.Settlements.Last(s => s.BetId == earlier.TrackedBets.First().BetId);
                now.Settlements.Single(s => s.BetId == copy).SameDecisionAs(original).Should().BeTrue("the copy is graded on the same facts");

                var view = await entry.FixtureAsync(fixtureId);
                view.OpenBets.Should().BeEmpty();
                view.SettledBets.Should().HaveCount(earlier.TrackedBets.Count() + 1, "the fixture recovered its bets and their settlements");
            }
            (await _run.SettlementsAsync(played)).Problems.Should().BeEmpty();
            var copyIds = copies.Select(c => c.BetId).ToHashSet();
            (await journal.ReadModelRowsAsync()).Where(row => !copyIds.Any(row.Contains)).Should().Equal(rowsBefore);
        });
}
