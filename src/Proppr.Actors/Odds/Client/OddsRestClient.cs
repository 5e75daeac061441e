using System.Globalization;
using Proppr.Actors.Odds.Feed;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Odds.Client;

/// <summary>
/// The odds provider's REST calls the feed makes (FORMAT.md §1.2), through the rate limiter like every external call:
/// <c>/events</c>, <c>/odds/multi</c> (10 events at most) and <c>/odds/updated</c> (one bookmaker and one sport).
/// The key goes in the <c>apiKey</c> query parameter; errors name the call without it.
/// </summary>
public sealed class OddsRestClient : IDisposable
{
    private const string Service = "Odds API";

    private readonly HttpClient _http;
    private readonly string _apiKey;

    public OddsRestClient(OddsFeedOptions options, IRateLimiterClient limiter)
    {
        var root = options.RestBaseUrl.AbsoluteUri.EndsWith('/') ? options.RestBaseUrl : new Uri(options.RestBaseUrl.AbsoluteUri + "/");
        _http = ExternalHttpClient.Create(Apis.OddsApi, root, limiter, options.MaxPermitWait, options.RequestTimeout);
        _apiKey = options.ApiKey;
    }

    public Task<OddsRestResult<OddsEvent>> EventsAsync(string sport, string? league, string statuses, CancellationToken cancellationToken) =>
        GetAsync(Path("events", ("sport", sport), ("league", league), ("status", statuses)), OddsRestParser.ParseEvents, cancellationToken);

    public Task<OddsRestResult<EventOdds>> MultiAsync(IReadOnlyCollection<string> eventIds, IEnumerable<string> bookmakers, CancellationToken cancellationToken)
    {
        if (eventIds.Count is 0 or > SyncPlan.EventsPerMultiCall)
        {
            throw new ArgumentOutOfRangeException(nameof(eventIds), eventIds.Count, $"1 to {SyncPlan.EventsPerMultiCall} events per call");
        }
        return GetAsync(Path("odds/multi", ("eventIds", string.Join(',', eventIds)), ("bookmakers", string.Join(',', bookmakers))),
            OddsRestParser.ParseOdds, cancellationToken);
    }

    public Task<OddsRestResult<EventOdds>> UpdatedAsync(DateTimeOffset since, string bookmaker, string sport, CancellationToken cancellationToken) =>
        GetAsync(Path("odds/updated", ("since", since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)), ("bookmaker", bookmaker), ("sport", sport)),
            OddsRestParser.ParseOdds, cancellationToken);

    private Task<OddsRestResult<T>> GetAsync<T>(string path, Func<string, OddsRestResult<T>> parse, CancellationToken cancellationToken) =>
        ExternalCall.RunAsync(Service, path, _http.Timeout, (message, _, cause) => new OddsApiException(message, cause), async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{path}&apiKey={Uri.EscapeDataString(_apiKey)}");
            request.Options.Set(RateLimitedHandler.PriorityOption, PermitPriority.Live);
            using var response = await _http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.IsSuccessStatusCode
                ? parse(body)
                : throw new OddsApiException($"{Service} answered {(int)response.StatusCode} for {path}: {OddsParseError.ExcerptOf(body)}");
        }, cancellationToken);

    /// <summary>The route with its query; commas separate list items and stay as they are, as the provider's examples write them.</summary>
    private static string Path(string route, params (string Name, string? Value)[] parameters) =>
        route + "?" + string.Join('&', parameters
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{p.Name}={string.Join(',', p.Value!.Split(',').Select(Uri.EscapeDataString))}"));

    public void Dispose() => _http.Dispose();
}
