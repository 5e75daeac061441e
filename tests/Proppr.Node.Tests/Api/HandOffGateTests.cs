using Proppr.Node.Api.Bets;
using Proppr.Node.Configuration;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Api;

public sealed class HandOffGateTests
{
    [Fact]
    public async Task No_more_hand_offs_run_than_the_slots_and_a_finished_one_lets_the_next_in()
    {
        var gate = new HandOffGate(new ApiSettings { HandOffsInFlight = 2 });
        var started = new List<int>();
        var finish = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource<int>()).ToArray();
        var handOffs = Enumerable.Range(0, 4).Select(i => gate.RunAsync(() =>
        {
            lock (started)
            {
                started.Add(i);
            }
            return finish[i].Task;
        }, CancellationToken.None)).ToArray();

        await Eventually.HoldsAsync(() => Started().Should().HaveCount(2));
        var first = Started()[0];
        finish[first].SetResult(first);
        await Eventually.HoldsAsync(() => Started().Should().HaveCount(3));
        foreach (var waiting in finish.Where(f => !f.Task.IsCompleted))
        {
            waiting.SetResult(-1);
        }

        (await handOffs[first]).Should().Be(first);
        (await Task.WhenAll(handOffs)).Should().HaveCount(4);
        Started().Should().BeEquivalentTo([0, 1, 2, 3]);

        List<int> Started()
        {
            lock (started)
            {
                return [.. started];
            }
        }
    }

    [Fact]
    public async Task A_hand_off_that_fails_gives_its_slot_back()
    {
        var gate = new HandOffGate(new ApiSettings { HandOffsInFlight = 1 });

        var failing = () => gate.RunAsync<int>(() => throw new InvalidOperationException("fixture gone"), CancellationToken.None);

        await failing.Should().ThrowAsync<InvalidOperationException>();
        (await gate.RunAsync(() => Task.FromResult(7), CancellationToken.None)).Should().Be(7);
    }

    [Fact]
    public async Task A_node_with_one_slot_still_answers_every_bet_of_a_request_over_several_fixtures()
    {
        await using var node = await NodeUnderTest.StartAsync(["--Api:HandOffsInFlight=1"]);
        using var http = node.Client(NodeUnderTest.Token);
        var bets = new[] { 4813415L, 4813416L, 4813417L }.Select((fixtureId, i) =>
        {
            var bet = MatchBets.OverGoals($"one-slot-{i}");
            bet["fixture_id"] = fixtureId;
            return bet;
        }).ToArray();

        var (status, answer) = await http.PostAsync("api/bets", MatchBets.Lines(bets));

        status.Should().Be(200);
        ApiJson.Answers(answer).Should().Equal(("one-slot-0", "accepted", null), ("one-slot-1", "accepted", null), ("one-slot-2", "accepted", null));
    }
}
