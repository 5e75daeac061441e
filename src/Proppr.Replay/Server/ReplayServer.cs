using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.Server;

/// <summary>
/// One Kestrel app on loopback serving a replayed match day: FotMob-shaped match details and day listings, and the
/// Odds-API.io-shaped REST endpoints and WebSocket feed, all evolving with the replay clock.
/// </summary>
public sealed class ReplayServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ReplayServer(WebApplication app, MatchDay day, ReplayClock clock, ReplayServerOptions options)
    {
        _app = app;
        Day = day;
        Clock = clock;
        Options = options;
        OddsConnections = new OddsConnectionRegistry();
    }

    public MatchDay Day { get; }
    public ReplayClock Clock { get; }
    public ReplayServerOptions Options { get; }

    /// <summary>The HTTP root, e.g. <c>http://127.0.0.1:41234/</c>: FotMob routes sit under <c>/api</c>, odds under <c>/v3</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The odds WebSocket endpoint (add <c>apiKey</c> and <c>markets</c> to the query).</summary>
    public Uri OddsWebSocketUrl => new($"ws://{BaseUrl.Authority}/v3/ws");

    /// <summary>The match-day instant FotMob shows now: its delay behind the replay clock.</summary>
    public DateTimeOffset FotMobNow => Clock.Now - Options.Delays.FotMob;

    /// <summary>The match-day instant the bookmakers price now: their delay behind the replay clock.</summary>
    public DateTimeOffset BooksNow => Clock.Now - Options.Delays.Odds;

    /// <summary>The match-details requests answered, per match.</summary>
    public FotMobCallLog FotMobCalls { get; } = new();

    /// <summary>Switches for 429s and 500s on the FotMob routes.</summary>
    public ReplayFaults FotMobFaults { get; } = new();

    /// <summary>Switches for 429s and 500s on the odds REST routes (the WebSocket is not affected).</summary>
    public ReplayFaults OddsFaults { get; } = new();

    internal OddsConnectionRegistry OddsConnections { get; }

    public static async Task<ReplayServer> StartAsync(MatchDay day, ReplayClock clock, ReplayServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ReplayServerOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var server = new ReplayServer(app, day, clock, options);

        app.UseWebSockets();
        app.Use((context, next) => server.InjectFaults(context, next));
        FotMobEndpoints.Map(app, server);
        OddsRestEndpoints.Map(app, server);
        OddsWebSocketEndpoint.Map(app, server);

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        OddsConnections.CloseAll();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task InjectFaults(HttpContext context, RequestDelegate next)
    {
        var faults = context.WebSockets.IsWebSocketRequest ? null
            : context.Request.Path.StartsWithSegments("/v3") ? OddsFaults
            : FotMobFaults;
        if (faults?.Intercept() is { } status)
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status429TooManyRequests && faults.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            await context.Response.WriteAsync(status == 429 ? "Too Many Requests" : "Internal Server Error");
            return;
        }
        await next(context);
    }
}
