using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Proppr.TestSupport;

/// <summary>
/// A real HTTP server (Kestrel) on a free loopback port, with routes a test declares: stands in for FotMob, the odds
/// provider, Google Sheets or a webhook, so the real clients run against real sockets.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _requests = new();

    private LoopbackServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Every request the server has received, in order ("GET /path?query").</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    public static async Task<LoopbackServer> StartAsync(Action<IEndpointRouteBuilder> routes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets();
        LoopbackServer? server = null;
        app.Use(async (context, next) =>
        {
            server?._requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            await next(context);
        });
        routes(app);
        await app.StartAsync();
        server = new LoopbackServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
