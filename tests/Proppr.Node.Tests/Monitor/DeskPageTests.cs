using System.Globalization;
using Microsoft.Playwright;
using Proppr.Node.Tests.Api;

namespace Proppr.Node.Tests.Monitor;

/// <summary>
/// The desk's part of the monitor in Debian's chromium against a real node: a trader sets a client's category on one
/// page and a second page, open at the same time, colours that client's bets and filters by the category; the runs
/// panel's window is kept by the browser; the day's activity downloads as a CSV file with the day's rows.
/// </summary>
public sealed class DeskPageTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync() => _chromium = await HeadlessChromium.StartAsync(Wait);

    public async Task DisposeAsync() => await _chromium.DisposeAsync();

    [Fact]
    public async Task A_category_set_on_one_page_colours_and_filters_on_another_and_the_activity_downloads()
    {
        await using var match = await MonitoredMatch.StartAsync();
        match.FullTime();
        (await match.Node.Client(NodeUnderTest.Token).PostAsync("api/bets", ActivityEndpointTests.Bets)).Status.Should().Be(200);
        var trader = await _chromium.OpenAsync(match.Node.BaseUrl);
        var watcher = await _chromium.OpenAsync(match.Node.BaseUrl);
        foreach (var page in new[] { trader, watcher })
        {
            await Assertions.Expect(page.Locator("#connection")).ToHaveTextAsync("live");
            await Assertions.Expect(page.Locator("tr[data-bet-id='act-under']")).ToHaveAttributeAsync("data-status", "lost");
        }

        // The trader clicks the client in the feed, which starts the form on it, and puts it on the watchlist.
        await trader.Locator("#token").FillAsync(NodeUnderTest.Token);
        await trader.Locator("#token").PressAsync("Enter");
        await trader.Locator("tr[data-bet-id='act-over'] td.client").ClickAsync();
        await Assertions.Expect(trader.Locator("#desk-client")).ToHaveValueAsync("acc-1");
        await trader.Locator("#desk-category").FillAsync("Watchlist");
        await trader.Locator("#desk-note").FillAsync("stakes up after losses");
        await trader.Locator("#desk-set").ClickAsync();
        await Assertions.Expect(trader.Locator("#desk-message")).ToHaveTextAsync("acc-1 is now watchlist");

        var badge = watcher.Locator("tr[data-bet-id='act-over'] .badge.category");
        await Assertions.Expect(badge).ToHaveTextAsync("WATCHLIST");
        await Assertions.Expect(badge).ToHaveCSSAsync("background-color", "rgb(200, 30, 30)");
        await Assertions.Expect(watcher.Locator("tr[data-bet-id='act-over'] td.client")).ToHaveCSSAsync("color", "rgb(200, 30, 30)");
        await Assertions.Expect(watcher.Locator("#desk-list li[data-client='acc-1']")).ToContainTextAsync("stakes up after losses");
        await Assertions.Expect(watcher.Locator("tr[data-bet-id='act-btts'] .badge.category")).ToHaveCountAsync(0);

        await watcher.Locator("#f-category").SelectOptionAsync("watchlist");
        await Assertions.Expect(watcher.Locator("tr[data-bet-id]")).ToHaveCountAsync(2);
        await Assertions.Expect(watcher.Locator("tr[data-bet-id='act-under']")).ToBeVisibleAsync();
        await Assertions.Expect(watcher.Locator("tr[data-bet-id='act-btts']")).ToHaveCountAsync(0);
        await watcher.Locator("#f-category").SelectOptionAsync("");
        await watcher.Locator("#f-selection").SelectOptionAsync(new SelectOptionValue { Label = "btts yes · Liverpool v Manchester United" });
        await Assertions.Expect(watcher.Locator("tr[data-bet-id]")).ToHaveCountAsync(1);
        await Assertions.Expect(watcher.Locator("tr[data-bet-id='act-btts']")).ToBeVisibleAsync();
        await watcher.Locator("#f-selection").SelectOptionAsync("");

        var download = await watcher.RunAndWaitForDownloadAsync(() => watcher.Locator("#activity-csv").ClickAsync());
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        download.SuggestedFilename.Should().Be($"proppr-activity-{today}.csv");
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().Equal(ActivityEndpointTests.ExpectedCsv(today));

        // Taken off the watchlist on the trader's page: the watcher's colour goes too.
        await trader.Locator("#desk-list li[data-client='acc-1'] button").ClickAsync();
        await Assertions.Expect(badge).ToHaveCountAsync(0);

        await watcher.Locator("#runs-x").FillAsync("2");
        await watcher.Locator("#runs-n").FillAsync("20");
        await watcher.ReloadAsync();
        await Assertions.Expect(watcher.Locator("#runs-x")).ToHaveValueAsync("2");
        await Assertions.Expect(watcher.Locator("#runs-n")).ToHaveValueAsync("20");
        await Assertions.Expect(watcher.Locator("#runs")).ToContainTextAsync("2×");

        _chromium.Errors.Should().BeEmpty();
    }
}
