using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Proppr.Replay.Server;
using Proppr.Replay.Timeline;

namespace Proppr.Node.Demo;

/// <summary>
/// A running demo: the replay servers on loopback (FotMob-shaped HTTP, Odds-API-shaped REST and WebSocket) and a
/// one-node cluster on a fresh SQLite file whose FotMob client, fixture search and odds feed all point at them, through
/// the node's rate limiter. The replayed day starts once the node is ready and its odds feed streams, so every fixture
/// has prices before its kickoff (its bets' closing lines).
/// </summary>
public sealed class DemoSession : IAsyncDisposable
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    private const string OddsApiKey = "demo";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    private readonly string _token;

    private DemoSession(DemoDay day, ReplayClock clock, ReplayServer replay, WebApplication node, string dataDirectory, string token)
    {
        Day = day;
        Clock = clock;
        Replay = replay;
        Node = node;
        DataDirectory = dataDirectory;
        _token = token;
        NodeUrl = new Uri(node.Urls.First().TrimEnd('/') + "/");
        MonitorUrl = new Uri(NodeUrl, string.Create(CultureInfo.InvariantCulture, $"?day={day.Day.Date:yyyy-MM-dd}"));
    }

    public DemoDay Day { get; }
    public ReplayClock Clock { get; }
    public ReplayServer Replay { get; }
    public WebApplication Node { get; }
    public Uri NodeUrl { get; }

    /// <summary>The bet monitor on the replayed day, whose bets it then follows live (the day is not the node's today).</summary>
    public Uri MonitorUrl { get; }
    public string DataDirectory { get; }

    public static async Task<DemoSession> StartAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        var day = DemoDay.Generate(options, DateOnly.FromDateTime(DateTime.UtcNow));
        var time = new HeldTime();
        var clock = day.Clock(options.Speed, time);
        var timings = new DemoTimings(options.Speed);
        var replayOptions = new ReplayServerOptions { Delays = options.Delays, OddsTickInterval = timings.OddsTickInterval };
        var replay = await ReplayServer.StartAsync(day.Day, clock, replayOptions, cancellationToken);
        var dataDirectory = Path.GetFullPath(options.DataDirectory
            ?? Path.Combine("data", "demo", string.Create(CultureInfo.InvariantCulture, $"run-{DateTime.UtcNow:yyyyMMdd-HHmmss}")));
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var node = NodeHost.Build([.. NodeArgs(options, replay, dataDirectory, token), .. options.NodeArgs], new ReplayMarketTime(clock));
        await node.StartAsync(cancellationToken);
        var session = new DemoSession(day, clock, replay, node, dataDirectory, token);
        await session.WaitUntilReadyAsync(cancellationToken);
        time.Release();
        return session;
    }

    /// <summary>The node's settings for the demo; arguments given on the command line come after, so they win.</summary>
    private static IEnumerable<string> NodeArgs(DemoOptions options, ReplayServer replay, string dataDirectory, string token) =>
    [
        "--Urls=" + DefaultUrls,
        // The console is the demo's: progress and the summary; errors only from the node.
        "--Logging:LogLevel:Default=Error",
        "--Akka:LogLevel=ERROR",
        $"--Database:DataDirectory={dataDirectory}",
        $"--Api:Token={token}",
        $"--FotMob:BaseUrl={replay.BaseUrl}",
        $"--Odds:ApiKey={OddsApiKey}",
        $"--Odds:WebSocketUrl={replay.OddsWebSocketUrl}",
        $"--Odds:RestBaseUrl={new Uri(replay.BaseUrl, "v3/")}",
        .. new DemoTimings(options.Speed).NodeArgs(),
    ];

    /// <summary>An HTTP client for the node's API, sending the node's token.</summary>
    public HttpClient Client()
    {
        var http = new HttpClient { BaseAddress = NodeUrl, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return http;
    }

    public void PrintStart(TextWriter output)
    {
        var matches = Day.Day.Matches;
        var duration = Clock.RealDuration(Day.End - Clock.Now);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Proppr demo: {matches.Length} fixtures on {Day.Day.Date:yyyy-MM-dd} ({matches.Count(m => m.Postponed)} postponed), " +
            $"{Day.Bets.Count} bets, {Clock.Speed}x speed: about {Math.Ceiling(duration.TotalMinutes)} min"));
        output.WriteLine($"  replay servers (FotMob + Odds API): {Replay.BaseUrl}");
        output.WriteLine($"  node data: {DataDirectory}");
        output.WriteLine($"Bet monitor: {MonitorUrl}");
    }

    /// <summary>Replays the day through the node's API (see <see cref="DayRunner"/>) and builds the summary.</summary>
    public async Task<DemoReport> RunDayAsync(TextWriter output, CancellationToken cancellationToken)
    {
        using var http = Client();
        return await new DayRunner(Day, Clock, http, output, Replay.FotMobCalls).RunAsync(cancellationToken);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = Client();
        var until = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            try
            {
                using var ready = await http.GetAsync("health/ready", cancellationToken);
                if (ready.IsSuccessStatusCode && (await http.GetStringAsync("metrics", cancellationToken)).Contains("\nproppr_odds_feed_streaming 1", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTimeOffset.UtcNow < until)
            {
            }
            if (DateTimeOffset.UtcNow >= until)
            {
                throw new TimeoutException($"the demo node at {NodeUrl} was not ready with its odds feed streaming within a minute");
            }
            await Task.Delay(Poll, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Node.StopAsync();
        await Node.DisposeAsync();
        await Replay.DisposeAsync();
    }
}
