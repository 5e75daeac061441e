using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Proppr.Replay.Server;
using Proppr.Replay.Timeline;

namespace Proppr.Node.Demo;

/// <summary>
/// A running demo: the replay servers on loopback (FotMob-shaped HTTP, Odds-API-shaped REST and WebSocket) and a
/// one-node cluster on a fresh SQLite file whose FotMob client, fixture search and odds feed all point at them, through
/// the node's rate limiter. The replayed day starts once the node is ready.
/// </summary>
public sealed class DemoSession : IAsyncDisposable
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    private const string OddsApiKey = "demo";
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(2);

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
    }

    public DemoDay Day { get; }
    public ReplayClock Clock { get; }
    public ReplayServer Replay { get; }
    public WebApplication Node { get; }
    public Uri NodeUrl { get; }
    public string DataDirectory { get; }

    public static async Task<DemoSession> StartAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        var day = DemoDay.Generate(options, DateOnly.FromDateTime(DateTime.UtcNow));
        var time = new HeldTime();
        var clock = day.Clock(options.Speed, time);
        var replay = await ReplayServer.StartAsync(day.Day, clock, cancellationToken: cancellationToken);
        var dataDirectory = Path.GetFullPath(options.DataDirectory
            ?? Path.Combine("data", "demo", string.Create(CultureInfo.InvariantCulture, $"run-{DateTime.UtcNow:yyyyMMdd-HHmmss}")));
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var node = NodeHost.Build([.. NodeArgs(options, replay, dataDirectory, token), .. options.NodeArgs]);
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
        output.WriteLine($"Bet monitor: {NodeUrl}");
    }

    /// <summary>
    /// Sends the bets as the day reaches them and follows their settlements until the day is over (every correction
    /// looked at) and every tracked bet is decided, printing progress; then builds the summary.
    /// </summary>
    public async Task<DemoReport> RunDayAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var deadline = started + Clock.RealDuration(Day.End - Clock.Now) + Slack;
        using var http = Client();
        var feeder = new BetFeeder(http, Clock, Day.Bets);
        var settlements = new SettlementTracker(http);
        var feeding = feeder.RunAsync(cancellationToken);
        var nextProgress = started;
        while (true)
        {
            await settlements.CatchUpAsync(cancellationToken);
            if (feeding.IsFaulted)
            {
                await feeding;
            }
            var done = feeding.IsCompleted && Clock.Now >= Day.End && settlements.AllDecided(Tracked(feeder))
                && await CorrectionsCheckedAsync(http, cancellationToken);
            var now = DateTimeOffset.UtcNow;
            if (now >= nextProgress || done)
            {
                Progress(output, feeder, settlements);
                nextProgress = now + ProgressEvery;
            }
            if (done)
            {
                break;
            }
            if (now > deadline)
            {
                output.WriteLine("The day is over but some bets are still open: the summary shows them as pending.");
                break;
            }
            await Task.Delay(Poll, cancellationToken);
        }
        return await DemoReport.BuildAsync(http, Day.Bets, feeder, settlements, started, cancellationToken);
    }

    /// <summary>Every finished fixture has made its first correction check (a called-off one has none to make).</summary>
    private async Task<bool> CorrectionsCheckedAsync(HttpClient http, CancellationToken cancellationToken)
    {
        foreach (var fixtureId in Day.FixturesWithBets)
        {
            var fixture = await http.GetFromJsonAsync<JsonNode>(string.Create(CultureInfo.InvariantCulture, $"api/fixtures/{fixtureId}"), cancellationToken);
            var status = (string?)fixture!["status"];
            var over = status == "finished" ? (int)fixture["correction_checks_done"]! > 0 : status is "postponed" or "cancelled" or "abandoned";
            if (!over)
            {
                return false;
            }
        }
        return true;
    }

    private static IEnumerable<string> Tracked(BetFeeder feeder) =>
        feeder.Answers.Where(a => a.Value is "accepted" or "duplicate" or "pending_resolution").Select(a => a.Key);

    private void Progress(TextWriter output, BetFeeder feeder, SettlementTracker settlements)
    {
        var now = Clock.Now;
        var inPlay = Day.Day.Matches.Count(m => !m.Postponed && m.Kickoff <= now && now < new MatchSchedule(m).FullTime);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  [{now:HH:mm} match time] {inPlay} in play, {feeder.Sent}/{Day.Bets.Count} bets sent, {settlements.Decided} decided"));
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
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTimeOffset.UtcNow < until)
            {
            }
            if (DateTimeOffset.UtcNow >= until)
            {
                throw new TimeoutException($"the demo node at {NodeUrl} did not become ready within a minute");
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
