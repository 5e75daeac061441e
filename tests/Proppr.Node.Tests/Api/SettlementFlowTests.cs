using System.Globalization;
using System.Text.Json.Nodes;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Api;

/// <summary>
/// Bets on a real finished match go through the whole node: the fixture polls FotMob (a loopback server with the real
/// payload), settles them, and the stream, the bet and fixture views, the settlement list, the P&amp;L report and the
/// metrics all tell the same, hand-checked story.
/// </summary>
public sealed class SettlementFlowTests : StartedNodeTests
{
    [Fact]
    public async Task Settlements_reach_the_stream_the_bet_and_fixture_views_the_settlement_list_the_report_and_the_metrics()
    {
        var since = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O", CultureInfo.InvariantCulture);
        await using var stream = await EventStreamClient.OpenAsync(Node.Client());

        var (_, intake) = await Http.PostAsync("api/bets",
            MatchBets.Lines(MatchBets.OverGoals("flow-over"), MatchBets.UnderGoals("flow-under"), MatchBets.BothScore("flow-btts")));
        ((int)intake["accepted"]!).Should().Be(3);

        var settled = await stream.CollectAsync("bet_settled", 3);
        settled.Select(e => ((string)e["settlement"]!["bet_id"]!, (string)e["settlement"]!["status"]!, (decimal)e["settlement"]!["returns"]!))
            .Should().BeEquivalentTo(new[] { ("flow-over", "won", 19m), ("flow-under", "lost", 0m), ("flow-btts", "won", 9m) });
        settled.Should().OnlyContain(e => (long)e["fixture_id"]! == MatchBets.FixtureId);

        await Eventually.HoldsAsync(async () =>
            ((string)(await Http.GetOkAsync("api/bets/flow-over"))["status"]!).Should().Be("won"));
        var bet = await Http.GetOkAsync("api/bets/flow-over");
        ((decimal)bet["returns"]!, (decimal)bet["profit_loss"]!).Should().Be((19m, 9m));
        ((string)bet["bet"]!["market"]!).Should().Be("goals");
        ((decimal)bet["settlement"]!["actual_value"]!).Should().Be(4m);
        bet["history"]!.AsArray().Select(h => (string)h!["kind"]!).Should().Equal("settled");
        bet["live"].Should().BeNull("a decided bet's read-model row is final");

        var fixture = await Http.GetOkAsync($"api/fixtures/{MatchBets.FixtureId}");
        ((string)fixture["status"]!, (int)fixture["score"]!["home"]!, (int)fixture["score"]!["away"]!).Should().Be(("finished", 2, 2));
        ((string)fixture["home"]!, (string)fixture["away"]!).Should().Be(("Liverpool", "Manchester United"));
        fixture["open_bets"]!.AsArray().Should().BeEmpty();
        fixture["settled_bets"]!.AsArray().Select(b => (string)b!["bet"]!["bet_id"]!).Should().BeEquivalentTo("flow-over", "flow-under", "flow-btts");
        fixture["book"].Should().BeNull("this node runs no odds feed");
        await Eventually.HoldsAsync(async () =>
            ((int)(await Http.GetOkAsync($"api/fixtures/{MatchBets.FixtureId}"))["correction_checks_done"]!).Should().Be(1, "the one check is 2 s after full time"));

        await Eventually.HoldsAsync(async () =>
            (await Http.GetOkAsync($"api/settlements?since={Uri.EscapeDataString(since)}"))["settlements"]!.AsArray().Should().HaveCount(3));
        var list = await Http.GetOkAsync($"api/settlements?since={Uri.EscapeDataString(since)}");
        list["settlements"]!.AsArray().Select(s => ((string)s!["bet_id"]!, (string)s["status"]!, (string)s["kind"]!))
            .Should().BeEquivalentTo(new[] { ("flow-over", "won", "settled"), ("flow-under", "lost", "settled"), ("flow-btts", "won", "settled") });
        var lastOffset = (long)list["next_after"]!;
        (await Http.GetOkAsync($"api/settlements?after={lastOffset}"))["settlements"]!.AsArray().Should().BeEmpty();

        var today = DateTime.UtcNow.Date;
        var report = await Http.GetOkAsync($"api/reports/pnl?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(2):yyyy-MM-dd}&by=source");
        Figures(report["total"]!).Should().Be((3, 2, 1, 25m, 28m, 3m, 0.12m, 0.6667m));
        var groups = report["groups"]!.AsArray();
        groups.Select(g => (string)g!["key"]!).Should().Equal("alpha", "beta");
        Figures(groups[0]!["figures"]!).Should().Be((2, 1, 1, 20m, 19m, -1m, -0.05m, 0.5m));
        Figures(groups[1]!["figures"]!).Should().Be((1, 1, 0, 5m, 9m, 4m, 0.8m, 1m));

        var metrics = await Node.Client().GetStringAsync("metrics");
        metrics.Should().Contain("proppr_bets_tracked_total 3");
        metrics.Should().Contain("proppr_settlements_total{kind=\"settled\",status=\"won\"} 2");
        metrics.Should().Contain("proppr_settlements_total{kind=\"settled\",status=\"lost\"} 1");
        metrics.Should().Contain("proppr_bets_submitted_total{outcome=\"accepted\"} 3");
        metrics.Should().Contain("proppr_settlement_latency_seconds_count 3");
        metrics.Should().Contain("proppr_limiter_up 1");
        metrics.Should().Contain("proppr_limiter_permit_requests_total{api=\"fotmob\",outcome=\"granted\"}");
    }

    private static (int Count, int Wins, int Losses, decimal Stake, decimal Returns, decimal Profit, decimal Roi, decimal WinRate) Figures(JsonNode figures) =>
        ((int)figures["count"]!, (int)figures["wins"]!, (int)figures["losses"]!, (decimal)figures["stake"]!, (decimal)figures["returns"]!,
            (decimal)figures["profit"]!, (decimal)figures["roi"]!, (decimal)figures["win_rate"]!);
}
