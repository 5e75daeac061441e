using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Proppr.Node.Demo;
using Proppr.Node.Tests.Monitor;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Demo;

/// <summary>
/// The demo as a newcomer watches it: a small, fast day (four fixtures, 150 bets, 300x) and the bet monitor opened at
/// the address the demo prints, with no clicks. The day's bets arrive and grow in number, a pending one changes status
/// as it settles, a settled bet shows its closing-line value, the in-play panel shows a fixture with score and minute,
/// and the P&amp;L is the day's. That moment is kept as <c>TestResults/monitor.png</c> beside the test assembly (the
/// README's <c>docs/monitor.png</c>).
/// </summary>
[Trait(TestCategories.Key, TestCategories.Browser)]
public sealed partial class DemoPageTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("proppr-demo-page-");
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync() => _chromium = await HeadlessChromium.StartAsync(Wait);

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    /// <summary>Longer than the whole replayed day at the test's speed (about six match hours at 300x: 72 s).</summary>
    private static readonly TimeSpan DayCeiling = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_printed_address_shows_the_day_live_settling_in_play_and_with_closing_line_value()
    {
        string[] arguments = ["--demo", "--fixtures", "4", "--bets", "150", "--speed", "300", "--seed", "5", "--Urls=http://127.0.0.1:0"];
        var options = DemoOptions.Parse(arguments) with { DataDirectory = _data.FullName };
        var output = new StringWriter(CultureInfo.InvariantCulture);
        await using var session = await DemoSession.StartAsync(options, CancellationToken.None);
        session.PrintStart(output);
        var printed = PrintedMonitor().Match(output.ToString());
        printed.Success.Should().BeTrue(output.ToString());
        var day = session.Day.Day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var run = session.RunDayAsync(TextWriter.Null, CancellationToken.None);
        // Wide enough for the whole feed table beside the panels, as the README's screenshot shows it.
        var page = await _chromium.OpenAsync(new Uri(printed.Groups["url"].Value), new ViewportSize { Width = 1720, Height = 900 });

        await Assertions.Expect(page.Locator("#connection")).ToHaveTextAsync("live");
        (await page.Locator("#day").InputValueAsync()).Should().Be(day);
        var rows = page.Locator("#feed tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        var first = await rows.CountAsync();
        await Eventually.HoldsAsync(async () => (await rows.CountAsync()).Should().BeGreaterThan(first), Wait);

        // The first open row may be a pre-match bet on the day's last kickoff: it is decided live, on the page, by the
        // end of the day at the latest (a wait ceiling, not a timing assertion).
        var pending = await page.Locator("#feed tr[data-status='pending']").First.GetAttributeAsync("data-bet-id");
        await Assertions.Expect(page.Locator($"#feed tr[data-bet-id='{pending}']"))
            .ToHaveAttributeAsync("data-status", Decided(), new LocatorAssertionsToHaveAttributeOptions { Timeout = (float)DayCeiling.TotalMilliseconds });

        await Assertions.Expect(page.Locator("#feed td.clv").Filter(new LocatorFilterOptions { HasTextRegex = ClvFigure() }).First)
            .ToBeVisibleAsync();
        var inPlay = page.Locator("#fixtures li[data-fixture-id]").First;
        await Assertions.Expect(inPlay).ToContainTextAsync(MinuteAndScore());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath() });

        await Assertions.Expect(page.Locator("#pnl-day")).ToHaveTextAsync(day);
        await Assertions.Expect(page.Locator("#pnl tbody")).ToContainTextAsync(Source());

        (await run).Undecided.Should().Be(0);
    }

    private static string ScreenshotPath() =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults")).FullName, "monitor.png");

    [GeneratedRegex(@"Bet monitor: (?<url>http://\S+/\?day=\d{4}-\d{2}-\d{2})")]
    private static partial Regex PrintedMonitor();

    [GeneratedRegex("^(won|lost|half_won|half_lost|refund)$")]
    private static partial Regex Decided();

    [GeneratedRegex(@"\d+–\d+.*(\d+'|HT)")]
    private static partial Regex MinuteAndScore();

    [GeneratedRegex(@"^[+-]?\d+\.\d %$")]
    private static partial Regex ClvFigure();

    [GeneratedRegex("player|team|cerebro|desk")]
    private static partial Regex Source();
}
