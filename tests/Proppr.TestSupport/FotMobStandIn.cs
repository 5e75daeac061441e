using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Proppr.TestSupport;

/// <summary>What the stand-in does instead of answering normally, once per queued fault.</summary>
public enum FotMobFault
{
    /// <summary>HTTP 429 with <c>Retry-After</c>.</summary>
    RateLimited,

    /// <summary>HTTP 500.</summary>
    ServerError,

    /// <summary>HTTP 200 with a body that is not JSON.</summary>
    Malformed,

    /// <summary>No answer until the client gives up.</summary>
    Slow,
}

/// <summary>What one request to the stand-in carried.</summary>
public sealed record FotMobRequest(string PathAndQuery, string? Cookie, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// FotMob on a real loopback Kestrel (<see cref="LoopbackServer"/>): the real payloads of <c>samples/fotmob</c> under
/// the three match-details routes (<c>/api/matchDetails</c>, <c>/api/data/matchDetails</c>, and
/// <c>/_next/data/{buildId}/matches/{id}.json</c> wrapped in <c>pageProps</c>), and day listings under
/// <c>/api/matches?date=</c> and <c>/api/data/matches?date=</c> (an empty day unless one is served). Faults a test queues are answered first, one per
/// request; every request's headers are recorded.
/// </summary>
public sealed class FotMobStandIn : IAsyncDisposable
{
    public const string BuildId = "build-2026-11";

    private readonly ConcurrentDictionary<long, string> _payloads = new();
    private readonly ConcurrentDictionary<DateOnly, string> _listings = new();
    private readonly ConcurrentQueue<FotMobFault> _faults = new();
    private readonly ConcurrentQueue<FotMobRequest> _requests = new();
    private LoopbackServer _server = null!;

    public Uri BaseUrl => _server.BaseUrl;

    /// <summary>Every request received, faulted ones included, in order.</summary>
    public IReadOnlyList<FotMobRequest> Requests => [.. _requests];

    /// <summary>How long a 429 tells the client to wait.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    public static async Task<FotMobStandIn> StartAsync()
    {
        var standIn = new FotMobStandIn();
        standIn._server = await LoopbackServer.StartAsync(routes =>
        {
            routes.MapGet("/api/matchDetails", (HttpContext context, long matchId) => standIn.AnswerAsync(context, () => standIn.Details(matchId)));
            routes.MapGet("/api/data/matchDetails", (HttpContext context, long matchId) => standIn.AnswerAsync(context, () => standIn.Details(matchId)));
            routes.MapGet("/_next/data/{buildId}/matches/{file}", (HttpContext context, string buildId, string file) =>
                standIn.AnswerAsync(context, () => standIn.NextData(buildId, file)));
            routes.MapGet("/api/matches", (HttpContext context, string date) => standIn.AnswerAsync(context, () => standIn.Listing(date)));
            routes.MapGet("/api/data/matches", (HttpContext context, string date) => standIn.AnswerAsync(context, () => standIn.Listing(date)));
        });
        return standIn;
    }

    /// <summary>From now on, match <paramref name="matchId"/> is answered with <paramref name="json"/> instead of its saved payload.</summary>
    public void Serve(long matchId, string json) => _payloads[matchId] = json;

    /// <summary>From now on, the listing of <paramref name="date"/> is <paramref name="json"/>.</summary>
    public void ServeListing(DateOnly date, string json) => _listings[date] = json;

    /// <summary>The next requests, one each, get these faults instead of their answers.</summary>
    public void Queue(params FotMobFault[] faults)
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }
    }

    private async Task AnswerAsync(HttpContext context, Func<IResult> answer)
    {
        var request = context.Request;
        _requests.Enqueue(new FotMobRequest(
            $"{request.Path}{request.QueryString}",
            request.Headers.Cookie.FirstOrDefault(),
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        var result = _faults.TryDequeue(out var fault) ? await FaultAsync(context, fault) : answer();
        await result.ExecuteAsync(context);
    }

    private async Task<IResult> FaultAsync(HttpContext context, FotMobFault fault)
    {
        switch (fault)
        {
            case FotMobFault.RateLimited:
                context.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            case FotMobFault.ServerError:
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            case FotMobFault.Malformed:
                return Json("{\"general\": {\"matchId\": \"4506508\", \"header\": ");
            default:
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up, as it should.
                }
                return Results.Empty;
        }
    }

    private IResult Details(long matchId) => Payload(matchId) is { } json ? Json(json) : Results.NotFound();

    private IResult NextData(string buildId, string file)
    {
        if (buildId != BuildId || !file.EndsWith(".json", StringComparison.Ordinal) ||
            !long.TryParse(file[..^5], NumberStyles.None, CultureInfo.InvariantCulture, out var matchId) ||
            Payload(matchId) is not { } json)
        {
            return Results.NotFound();
        }
        return Json(new JsonObject { ["pageProps"] = JsonNode.Parse(json), ["__N_SSP"] = true }.ToJsonString());
    }

    private IResult Listing(string date)
    {
        if (!DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Results.BadRequest();
        }
        return Json(_listings.TryGetValue(day, out var json) ? json : $"{{\"leagues\":[],\"date\":\"{date}\"}}");
    }

    private string? Payload(long matchId) =>
        _payloads.TryGetValue(matchId, out var json) ? json
        : File.Exists(ReferenceData.FotMobPath(matchId)) ? ReferenceData.ReadFotMob(matchId)
        : null;

    private static IResult Json(string body) => Results.Content(body, "application/json; charset=utf-8");

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
