using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Alerts;

/// <summary>
/// A fixture whose journal cannot be read back is reported to the configured webhook by the running node: its rows
/// are garbled after it passivated, and asking for it again makes it try, and fail, to recover.
/// </summary>
public sealed class RecoveryFailureAlertTests
{
    [Fact]
    public async Task A_fixture_failing_to_recover_is_alerted_to_the_webhook()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var node = await NodeUnderTest.StartAsync([
            $"--Alerts:WebhookUrl={receiver.WebhookUrl}", "--Alerts:CheckInterval=00:00:00.200", "--Api:AskTimeout=00:00:02"]);
        using var http = node.Client(NodeUnderTest.Token);
        await http.PostAsync("api/bets", MatchBets.OverGoals("recovery-1").ToJsonString());
        // Its only bet decided and its correction check done, the fixture passivates.
        await Eventually.HoldsAsync(async () =>
            (await http.GetOkAsync("api/manage/shards"))["self_shards"]!.AsArray().SelectMany(s => s!["fixtures"]!.AsArray()).Should().BeEmpty());

        await using (var connection = await node.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("UPDATE journal SET manifest = 'no-such-manifest' WHERE persistence_id = @id", CancellationToken.None,
                ("id", FixtureActor.PersistenceIdFor(MatchBets.FixtureId)));
        }
        (await http.GetJsonAsync($"api/fixtures/{MatchBets.FixtureId}")).Status.Should().Be(503, "the fixture cannot come back");

        await Eventually.HoldsAsync(() =>
        {
            var alert = receiver.Webhook.Should().ContainSingle(n => (string)n["key"]! == "fixture-recovery").Subject;
            ((string)alert["kind"]!).Should().Be("firing");
            ((string)alert["detail"]!).Should().Contain($"fixture {MatchBets.FixtureId}");
        });
    }
}
