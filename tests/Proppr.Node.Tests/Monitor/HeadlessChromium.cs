using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Proppr.Node.Tests.Monitor;

/// <summary>
/// Debian's chromium driven by Playwright (<c>/usr/bin/chromium --no-sandbox</c>, headless): pages whose console errors
/// and page errors are collected in <see cref="Errors"/>.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>Starts chromium; Playwright's expectations then wait up to <paramref name="expectTimeout"/>.</summary>
    public static async Task<HeadlessChromium> StartAsync(TimeSpan expectTimeout)
    {
        File.Exists(Chromium).Should().BeTrue("scripts/test.sh installs Debian's chromium package when it is missing");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox"],
            Headless = true,
        });
        Assertions.SetDefaultExpectTimeout((float)expectTimeout.TotalMilliseconds);
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>Opens <paramref name="address"/> in a new page, a laptop's screen unless <paramref name="size"/> says otherwise.</summary>
    public async Task<IPage> OpenAsync(Uri address, ViewportSize? size = null)
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = size ?? new ViewportSize { Width = 1366, Height = 768 } });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Enqueue($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Errors.Enqueue($"page error: {error}");
        await page.GotoAsync(address.ToString());
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
