using System.Globalization;
using System.Net.Http.Headers;
using Akka.Actor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Proppr.Actors.Hosting;
using Proppr.TestSupport;

namespace Proppr.Node.Tests;

/// <summary>
/// The real node (<see cref="NodeHost"/>) on a loopback port with a SQLite file in a temporary folder, its FotMob
/// pointed at a loopback server that serves real match payloads from <c>samples/fotmob</c> (any other id: 404; an id
/// in <c>servedAs</c>: another match's payload) and the real day listing of 2023-09-03 (other days: empty), and fast
/// fixture timers. Started once the node reports ready, unless it is asked not to wait.
/// </summary>
public sealed class NodeUnderTest : IAsyncDisposable
{
    public const string Token = "test-token";

    private readonly WebApplication _app;
    private readonly LoopbackServer _fotMob;
    private readonly string _dataDirectory;
    private readonly string[] _args;

    /// <summary>Set once a restarted node took over the data folder and FotMob, which this one then leaves alone.</summary>
    private bool _handedOver;

    private NodeUnderTest(WebApplication app, LoopbackServer fotMob, string dataDirectory, string[] args)
    {
        _app = app;
        _fotMob = fotMob;
        _dataDirectory = dataDirectory;
        _args = args;
        BaseUrl = new Uri(app.Urls.First().TrimEnd('/') + "/");
    }

    public Uri BaseUrl { get; }

    public ActorSystem System => _app.Services.GetRequiredService<ActorSystem>();

    public IServiceProvider Services => _app.Services;

    /// <summary>The node's SQLite file (journal and read model).</summary>
    public DatabaseOptions Database => DatabaseOptions.SqliteFile(Path.Combine(_dataDirectory, "proppr.db"));

    public static async Task<NodeUnderTest> StartAsync(
        IEnumerable<string>? settings = null, bool waitUntilReady = true, IReadOnlyDictionary<long, long>? servedAs = null)
    {
        var fotMob = await LoopbackServer.StartAsync(routes =>
        {
            routes.MapGet("/api/matchDetails", (HttpRequest request) =>
            {
                if (!long.TryParse(request.Query["matchId"], out var id))
                {
                    return Results.NotFound();
                }
                var served = servedAs is not null && servedAs.TryGetValue(id, out var other) ? other : id;
                return File.Exists(ReferenceData.FotMobPath(served))
                    ? Results.Content(ReferenceData.ReadFotMob(served), "application/json")
                    : Results.NotFound();
            });
            routes.MapGet("/api/matches", (string date) =>
                Results.Content(
                    date == ReferenceData.FotMobListingDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
                        ? ReferenceData.ReadFotMobListing(ReferenceData.FotMobListingDate)
                        : $$"""{"leagues":[],"date":"{{date}}"}""",
                    "application/json"));
        });
        var dataDirectory = Directory.CreateTempSubdirectory("proppr-node-test-").FullName;
        string[] args =
        [
            "--Urls=http://127.0.0.1:0",
            $"--Database:DataDirectory={dataDirectory}",
            $"--Api:Token={Token}",
            $"--FotMob:BaseUrl={fotMob.BaseUrl}",
            "--FotMob:Endpoint=/api/matchDetails?matchId={matchId}",
            "--Fixtures:LiveInterval=00:00:00.200",
            "--Fixtures:PreMatchInterval=00:00:00.500",
            "--Fixtures:SlowInterval=00:00:01",
            "--Fixtures:RetryInterval=00:00:00.200",
            "--Fixtures:CorrectionChecks:0=00:00:02",
            "--Logging:LogLevel:Default=Warning",
            .. settings ?? [],
        ];
        return await LaunchAsync(args, fotMob, dataDirectory, waitUntilReady);
    }

    /// <summary>
    /// Stops this node and starts another on the same data folder and settings (a new port), as a restarted process
    /// would; dispose the new one.
    /// </summary>
    public async Task<NodeUnderTest> RestartAsync()
    {
        await StopAsync();
        _handedOver = true;
        return await LaunchAsync(_args, _fotMob, _dataDirectory, waitUntilReady: true);
    }

    private static async Task<NodeUnderTest> LaunchAsync(string[] args, LoopbackServer fotMob, string dataDirectory, bool waitUntilReady)
    {
        var app = NodeHost.Build(args);
        await app.StartAsync();
        var node = new NodeUnderTest(app, fotMob, dataDirectory, args);
        if (waitUntilReady)
        {
            using var http = node.Client();
            await Eventually.HoldsAsync(async () => (await http.GetAsync("health/ready")).EnsureSuccessStatusCode());
        }
        return node;
    }

    /// <summary>An HTTP client for the node; with <paramref name="token"/> it sends it as the bearer token.</summary>
    public HttpClient Client(string? token = null)
    {
        var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        if (_handedOver)
        {
            return;
        }
        await StopAsync();
        await _fotMob.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task StopAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
