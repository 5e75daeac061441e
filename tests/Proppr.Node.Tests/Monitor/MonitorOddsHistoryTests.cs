using Microsoft.Playwright;

namespace Proppr.Node.Tests.Monitor;

/// <summary>
/// The monitor's odds card in chromium: choosing a fixture in the filters shows its price drops from the odds history
/// and the size of its current book; choosing no fixture hides the card. Any console or page error fails the test.
/// </summary>
public sealed class MonitorOddsHistoryTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync() => _chromium = await HeadlessChromium.StartAsync(Wait);

    public async Task DisposeAsync() => await _chromium.DisposeAsync();

    [Fact]
    public async Task Choosing_a_fixture_shows_its_price_drops_and_its_book()
    {
        await using var match = await MonitoredMatch.StartAsync();
        match.LiveAt(60);
        var http = match.Node.Client(NodeUnderTest.Token);
        (await http.PostAsync("api/bets", MatchBets.Lines(MatchBets.Bet("odds-card", "goals", "over", 2.5m, 1.9m, 10m, "desk-a")))).Status.Should().Be(200);
        // Pinnacle cuts over 2.5 from 1.85 to 1.70: one drop of 8.11 %.
        match.PriceOver(2.5m, DateTimeOffset.UtcNow, 1.85m, 1.70m);

        var page = await _chromium.OpenAsync(match.Node.BaseUrl);
        await Assertions.Expect(page.Locator("tr[data-bet-id='odds-card']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#odds-history")).ToBeHiddenAsync();
        await page.Locator("#f-fixture").SelectOptionAsync(MatchBets.FixtureId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await Assertions.Expect(page.Locator("#odds-history")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#odds-drops li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#odds-drops")).ToContainTextAsync("Pinnacle Totals over 2.5 1.85 → 1.7");
        await Assertions.Expect(page.Locator("#odds-drops")).ToContainTextAsync("−8.11 %");
        await Assertions.Expect(page.Locator("#odds-book")).ToContainTextAsync("book now: 1 team prices, 0 player prices");

        await page.Locator("#f-fixture").SelectOptionAsync("");
        await Assertions.Expect(page.Locator("#odds-history")).ToBeHiddenAsync();
        _chromium.Errors.Should().BeEmpty();
    }
}
