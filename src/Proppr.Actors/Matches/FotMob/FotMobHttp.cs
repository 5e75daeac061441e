using System.Net;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// The one way Proppr asks FotMob for anything, shared by <see cref="FotMobClient"/> and <see cref="FotMobFixtureSearch"/>:
/// a rate-limited HttpClient, the configured headers and cookies on every request, and every failure (no permit, a 429,
/// any other error status, a timeout, an unreachable host, an unreadable body or cookies file) as a
/// <see cref="MatchDataUnavailableException"/> that names what was asked for. The cookies file is read at construction,
/// so a wrong path stops the node at start, and again whenever it changes.
/// </summary>
public sealed class FotMobHttp : IDisposable
{
    private readonly HttpClient _http;
    private readonly FotMobClientOptions _options;
    private readonly CookiesFile? _cookies;

    public FotMobHttp(FotMobClientOptions options, IRateLimiterClient limiter)
    {
        _options = options;
        _cookies = options.CookiesFile is { } file ? new CookiesFile(file) : null;
        _cookies?.Header();
        _http = ExternalHttpClient.Create(Apis.FotMob, options.BaseUrl, limiter, options.MaxPermitWait, options.Timeout);
    }

    /// <summary>
    /// Downloads <paramref name="path"/> and reads the body with <paramref name="read"/>; <paramref name="what"/> ("match
    /// 4193490") goes into every error message. A <see cref="FotMobFormatException"/> from the reader is an unreadable answer.
    /// </summary>
    public async Task<T> GetAsync<T>(string path, string what, PermitPriority priority, Func<byte[], T> read, CancellationToken cancellationToken)
    {
        var payload = await DownloadAsync(path, what, priority, cancellationToken);
        try
        {
            return read(payload);
        }
        catch (FotMobFormatException e)
        {
            throw new MatchDataUnavailableException($"FotMob sent an unreadable answer for {what}: {e.Message}", inner: e);
        }
    }

    private async Task<byte[]> DownloadAsync(string path, string what, PermitPriority priority, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Options.Set(RateLimitedHandler.PriorityOption, priority);
        foreach (var (name, value) in _options.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        if (CookieHeader(what) is { } cookie)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
        }
        return await ExternalCall.RunAsync("FotMob", what, _options.Timeout, (message, retryAfter, cause) => new MatchDataUnavailableException(message, retryAfter, cause), async () =>
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throw new MatchDataUnavailableException($"FotMob rate-limited {what} (HTTP 429)", response.Headers.RetryAfter?.Delta);
            }
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                throw new MatchNotFoundException($"FotMob answered 404 Not Found for {what}");
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new MatchDataUnavailableException($"FotMob answered {(int)response.StatusCode} {response.ReasonPhrase} for {what}");
            }
            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }, cancellationToken);
    }

    private string? CookieHeader(string what)
    {
        try
        {
            return _cookies?.Header();
        }
        catch (IOException e)
        {
            throw new MatchDataUnavailableException($"FotMob was not asked for {what}: {e.Message}", inner: e);
        }
    }

    public void Dispose() => _http.Dispose();
}
