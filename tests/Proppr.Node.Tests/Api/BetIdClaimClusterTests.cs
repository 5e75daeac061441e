using Akka.Cluster;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Api;

/// <summary>
/// Issue 15: one bet id, one bet, cluster-wide. Two real nodes of one cluster on one PostgreSQL database take the
/// same bet ids at the same moment, each on another fixture: exactly one of each pair is accepted, and each id is
/// journaled once.
/// </summary>
[Trait(TestCategories.Key, TestCategories.PostgreSql)]
public sealed class BetIdClaimClusterTests
{
    private const long OtherFixture = 4813415;

    [Fact]
    public async Task The_same_bet_id_posted_at_once_to_two_nodes_on_two_fixtures_is_accepted_exactly_once()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        string[] shared = [$"--Database:Provider=PostgreSql", $"--Database:ConnectionString={database.Options.ConnectionString}"];
        await using var first = await NodeUnderTest.StartAsync(shared);
        await using var second = await NodeUnderTest.StartAsync(
            [.. shared, $"--Cluster:SeedNodes:0={Cluster.Get(first.System).SelfAddress}"]);
        await Eventually.HoldsAsync(() => Cluster.Get(first.System).State.Members.Count(m => m.Status == MemberStatus.Up).Should().Be(2));
        using var one = first.Client(NodeUnderTest.Token);
        using var two = second.Client(NodeUnderTest.Token);
        var ids = Enumerable.Range(0, 20).Select(i => $"race-{i}").ToArray();

        var answers = await Task.WhenAll(ids.SelectMany(id =>
        {
            var elsewhere = MatchBets.OverGoals(id);
            elsewhere["fixture_id"] = OtherFixture;
            return new[]
            {
                one.PostAsync("api/bets", MatchBets.OverGoals(id).ToJsonString()),
                two.PostAsync("api/bets", elsewhere.ToJsonString()),
            };
        }));

        var byId = answers.SelectMany(answer => ApiJson.Answers(answer.Body)).GroupBy(answer => answer.BetId).ToDictionary(g => g.Key!, g => g.ToList());
        foreach (var id in ids)
        {
            byId[id].Count(a => a.Status == "accepted").Should().Be(1, id);
            byId[id].Should().ContainSingle(a => a.Status == "rejected" && a.Reason == "duplicate_bet_id", id);
        }
        (await JournalReader.TrackedBetIdsAsync(first.System))
            .Should().BeEquivalentTo(ids, "each id is journaled once, by the node whose claim won");
    }
}
