using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Monitor;

/// <summary>
/// The monitor page in Debian's chromium (Playwright, <c>/usr/bin/chromium --no-sandbox</c>) against a real node: a
/// bet posted to the API appears in the live feed, coloured by status and risk (run, large stake, price drop, client
/// screening) while its match is in play, settles when the full-time payload is published, and a filter hides it.
/// Any console error or page error fails the test.
/// </summary>
[Trait(TestCategories.Key, TestCategories.Browser)]
public sealed class MonitorPageTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync() => _chromium = await HeadlessChromium.StartAsync(Wait);

    public async Task DisposeAsync() => await _chromium.DisposeAsync();

    private Task<IPage> OpenAsync(MonitoredMatch match) => _chromium.OpenAsync(match.Node.BaseUrl);

    private static JsonObject Bet(string id, string source, string client, string market, string selection, decimal? line, decimal odds, decimal stake) =>
        MatchBets.Bet(id, market, selection, line, odds, stake, source).WithClient(client);

    [Fact]
    public async Task A_posted_bet_appears_live_settles_at_full_time_and_a_filter_hides_it()
    {
        await using var match = await MonitoredMatch.StartAsync("--Screening:BurstMinBets=3", "--Screening:BurstWindow=00:01:00");
        match.LiveAt(60);
        var page = await OpenAsync(match);
        await Assertions.Expect(page.Locator("#connection")).ToHaveTextAsync("live");

        // Under 5.5 goals is only won when the match ends (four goals; 1-1 at the hour). Around it, other desks' bets:
        // a run of three overs 2.5, a large stake, and a client's burst of three unders 1.5 (lost at the hour).
        var http = match.Node.Client(NodeUnderTest.Token);
        var (status, _) = await http.PostAsync("api/bets", MatchBets.Lines(
            Bet("web-under", "desk-a", "acc-web", "goals", "under", 5.5m, 1.25m, 20m),
            Bet("run-1", "desk-b", "acc-2", "goals", "over", 2.5m, 1.9m, 10m),
            Bet("run-2", "desk-b", "acc-3", "goals", "over", 2.5m, 1.9m, 15m),
            Bet("run-3", "desk-b", "acc-2", "goals", "over", 2.5m, 1.88m, 10m),
            Bet("big-corners", "desk-b", "acc-4", "corners", "over", 9.5m, 2.1m, 250m),
            Bet("both-score", "desk-c", "acc-3", "btts", "yes", null, 1.8m, 12m),
            Bet("burst-1", "desk-c", "acc-5", "goals", "under", 1.5m, 2.6m, 5m),
            Bet("burst-2", "desk-c", "acc-5", "goals", "under", 1.5m, 2.6m, 5m),
            Bet("burst-3", "desk-c", "acc-5", "goals", "under", 1.5m, 2.6m, 5m)));
        status.Should().Be(200);

        var row = page.Locator("tr[data-bet-id='web-under']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "pending");
        await Assertions.Expect(row.Locator(".chip")).ToHaveTextAsync("pending");
        await Assertions.Expect(page.Locator("#fixtures li[data-fixture-id='4506508']")).ToContainTextAsync("1–1");
        await Assertions.Expect(page.Locator("#fixtures li[data-fixture-id='4506508']")).ToContainTextAsync("60'");
        await Assertions.Expect(page.Locator("#runs")).ToContainTextAsync("3×");
        await Assertions.Expect(page.Locator("tr[data-bet-id='run-1'] .risk-run")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr[data-bet-id='big-corners'] .risk-stake")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr[data-bet-id='burst-1']")).ToHaveAttributeAsync("data-status", "lost");
        await Assertions.Expect(page.Locator("tr[data-bet-id='burst-1'] .risk-risky")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#screening li[data-client='acc-5']")).ToContainTextAsync("burst");
        // Pinnacle cuts over 2.5 to 1.70, below the run's odds: the market moved against the house.
        match.PriceOver(2.5m, DateTimeOffset.UtcNow, 1.85m, 1.70m);
        await Assertions.Expect(page.Locator("tr[data-bet-id='run-1'] .risk-drop")).ToBeVisibleAsync();

        match.FullTime();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "won");
        await Assertions.Expect(row.Locator(".chip")).ToHaveTextAsync("won");
        await Assertions.Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("status-won"));
        await Assertions.Expect(page.Locator("#pnl")).ToContainTextAsync("desk-a");
        await Assertions.Expect(page.Locator("#fixtures")).ToContainTextAsync("no fixture with open bets in play");

        await page.Locator("#f-source").SelectOptionAsync("desk-b");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("tr[data-bet-id='run-1']")).ToBeVisibleAsync();
        await page.Locator("#f-source").SelectOptionAsync("");
        await Assertions.Expect(row).ToBeVisibleAsync();

        // The day before has nothing; back to today, the bet is there again.
        var today = DateTime.UtcNow.Date;
        await page.Locator("#day").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#feed-empty")).ToBeVisibleAsync();
        await page.Locator("#day").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "won");

        _chromium.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task On_a_node_that_protects_reads_the_page_asks_for_the_token_and_keeps_it()
    {
        await using var match = await MonitoredMatch.StartAsync("--Api:ProtectReads=true");
        match.FullTime();
        var (status, _) = await match.Node.Client(NodeUnderTest.Token).PostAsync("api/bets", MatchBets.Lines(
            Bet("guarded", "desk-a", "acc-1", "goals", "over", 2.5m, 1.9m, 10m)));
        status.Should().Be(200);
        var page = await OpenAsync(match);

        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("enter the API token");
        await Assertions.Expect(page.Locator("#connection")).ToHaveTextAsync("token needed");
        // Refused reads are the only errors the console may show until the token is given.
        _chromium.Errors.Should().NotBeEmpty().And.OnlyContain(error => error.Contains("401"));
        _chromium.Errors.Clear();

        await page.Locator("#token").FillAsync(NodeUnderTest.Token);
        await page.Locator("#token").PressAsync("Enter");
        await Assertions.Expect(page.Locator("tr[data-bet-id='guarded']")).ToHaveAttributeAsync("data-status", "won");
        await Assertions.Expect(page.Locator("#connection")).ToHaveTextAsync("live");
        await Assertions.Expect(page.Locator("#notice")).ToBeHiddenAsync();

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("tr[data-bet-id='guarded']")).ToBeVisibleAsync();
        (await page.Locator("#token").InputValueAsync()).Should().Be(NodeUnderTest.Token);
        _chromium.Errors.Should().BeEmpty();
    }
}
