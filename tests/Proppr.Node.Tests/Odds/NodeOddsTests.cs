using Proppr.Node.Tests.Alerts;
using Proppr.Replay.Generation;
using Proppr.Replay.Server;
using Proppr.Replay.Timeline;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Odds;

/// <summary>
/// The node's odds feed against the replay's Odds-API-shaped servers: events resolved to their FotMob fixtures through
/// the real listing search, prices in the books and the fixture view, drops on the live stream and in the odds history, ticks and reconnects
/// in the metrics, and the feed going down alerted to a webhook and resolved when it is back.
/// </summary>
public sealed class NodeOddsTests
{
    private static readonly MatchDay Day = MatchDayGenerator.Generate(new MatchDayOptions
    {
        Seed = 21, Fixtures = 2, FirstKickoff = new TimeOnly(15, 0), LastKickoff = new TimeOnly(15, 0), PostponeOne = false,
    });

    [Fact]
    public async Task Replayed_prices_reach_the_books_the_fixture_view_the_stream_and_the_metrics()
    {
        // Pre-match prices drift every 20 minutes of match-day time: every 4 s at this speed.
        await using var server = await ReplayServer.StartAsync(Day, ReplayClock.ForDay(Day, speed: 300, lead: TimeSpan.FromMinutes(80)));
        await using var node = await NodeUnderTest.StartAsync(ReplayOddsNode.Settings(server));
        using var http = node.Client(NodeUnderTest.Token);
        var match = Day.Matches[0];
        await using var stream = await EventStreamClient.OpenAsync(http);
        (await http.PostAsync("api/bets", ReplayOddsNode.BetOn(match, "odds-view-1"))).Status.Should().Be(200);

        var drop = (await stream.CollectAsync("price_drop", 1)).Single();
        Day.Matches.Select(m => m.MatchId).Should().Contain((long)drop["fixture_id"]!);
        ((decimal)drop["new_price"]!).Should().BeLessThan((decimal)drop["old_price"]!);
        ((string)drop["bookmaker"]!).Should().BeOneOf("Pinnacle", "Bet365");
        // The same drop is kept in the odds history, under its day and fixture (its time to the millisecond).
        var dropAt = (DateTimeOffset)drop["at"]!;
        var day = dropAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Eventually.HoldsAsync(async () =>
            (await http.GetOkAsync($"api/odds/drops?day={day}&fixture_id={(long)drop["fixture_id"]!}&limit=5000"))["items"]!.AsArray()
                .Should().ContainSingle(d => (string)d!["bookmaker"]! == (string)drop["bookmaker"]! && (string)d["market"]! == (string)drop["market"]! &&
                                             (string)d["outcome"]! == (string)drop["outcome"]! && (decimal?)d["line"] == (decimal?)drop["line"] &&
                                             (decimal)d["new_price"]! == (decimal)drop["new_price"]! &&
                                             ((DateTimeOffset)d["at"]!).ToUnixTimeMilliseconds() == dropAt.ToUnixTimeMilliseconds()));
        await Eventually.HoldsAsync(async () =>
        {
            var book = (await http.GetOkAsync($"api/fixtures/{match.MatchId}"))["book"]!;
            ((string)book["odds_event_id"]!).Should().Be(match.OddsEventId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            ((int)book["quotes"]!).Should().BeGreaterThan(0);
            book["bookmakers"]!.AsArray().Select(b => (string)b!).Should().Equal("Bet365", "Pinnacle");
            var full = await http.GetOkAsync($"api/fixtures/{match.MatchId}/book");
            full["team"]!.AsArray().Select(q => (string)q!["market"]!).Distinct().Should().BeEquivalentTo("ML", "Totals", "Spread");
            full["player"]!.AsArray().Should().BeEmpty("the replay prices no player props");
        });
        // The book may fill from the REST snapshot before the socket streams: wait for what the metrics say.
        await Eventually.HoldsAsync(async () =>
        {
            var metrics = await node.Client().GetStringAsync("metrics");
            ReplayOddsNode.Metric(metrics, "proppr_odds_ticks_total").Should().BeGreaterThan(0);
            ReplayOddsNode.Metric(metrics, "proppr_odds_feed_streaming").Should().Be(1);
        });
    }

    [Fact]
    public async Task The_feed_going_down_is_alerted_and_its_return_is_a_counted_reconnect_that_resolves_the_alert()
    {
        var options = new ReplayServerOptions { Port = FreePort.Next() };
        var clock = ReplayClock.ForDay(Day, speed: 60, lead: TimeSpan.FromMinutes(80));
        var server = await ReplayServer.StartAsync(Day, clock, options);
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var node = await NodeUnderTest.StartAsync([
            .. ReplayOddsNode.Settings(server),
            $"--Alerts:WebhookUrl={receiver.WebhookUrl}", "--Alerts:CheckInterval=00:00:00.200", "--Alerts:RepeatEvery=00:00:01",
            "--Alerts:OddsFeedDownAfter=00:00:02"]);
        using var http = node.Client();
        // Streaming, and not alerted (a slow first sync may have fired and resolved the alert already).
        await Eventually.HoldsAsync(async () =>
        {
            ReplayOddsNode.Metric(await http.GetStringAsync("metrics"), "proppr_odds_feed_streaming").Should().Be(1);
            FeedDownKinds(receiver, 0).LastOrDefault().Should().BeOneOf([null, "resolved"]);
        });
        var before = receiver.Webhook.Count;

        await server.DisposeAsync();
        await Eventually.HoldsAsync(() => FeedDownKinds(receiver, before).Should().StartWith("firing"));

        await using var back = await ReplayServer.StartAsync(Day, clock, options);
        await Eventually.HoldsAsync(() => FeedDownKinds(receiver, before).Should().StartWith("firing").And.EndWith("resolved"));
        // A REST poll can complete the books (and resolve the alert) before the socket is back: wait for the reconnect.
        await Eventually.HoldsAsync(async () =>
        {
            var metrics = await http.GetStringAsync("metrics");
            ReplayOddsNode.Metric(metrics, "proppr_feed_reconnects_total{feed=\"odds\"}").Should().BeGreaterThanOrEqualTo(1);
            ReplayOddsNode.Metric(metrics, "proppr_odds_feed_streaming").Should().Be(1);
        });
    }

    /// <summary>The kinds of the odds-feed-down notifications the webhook got after the first <paramref name="skip"/> of all.</summary>
    private static IReadOnlyList<string> FeedDownKinds(WebhookReceiver receiver, int skip) =>
        [.. receiver.Webhook.Skip(skip).Where(n => (string)n["key"]! == "odds-feed-down").Select(n => (string)n["kind"]!)];
}
