using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Fetches FotMob match details through the rate limiter and parses them. Keeps the last payload per fixture, so an
/// unchanged answer is recognised by its fingerprint without parsing it again. Every failure becomes a
/// <see cref="MatchDataUnavailableException"/> that says what went wrong.
/// </summary>
public sealed class FotMobClient : IMatchDataSource, IDisposable
{
    private readonly HttpClient _http;
    private readonly FotMobClientOptions _options;
    private readonly string? _cookieHeader;
    private readonly ConcurrentDictionary<long, MatchData> _lastByFixture = new();

    public FotMobClient(FotMobClientOptions options, IRateLimiterClient limiter)
    {
        _options = options;
        _http = ExternalHttpClient.Create(Apis.FotMob, options.BaseUrl, limiter, options.MaxPermitWait, options.Timeout);
        _cookieHeader = options.CookiesFile is { } file ? CookiesFile.ReadHeader(file) : null;
    }

    public async Task<MatchData> FetchAsync(long fixtureId, PermitPriority priority, CancellationToken cancellationToken)
    {
        var payload = await DownloadAsync(fixtureId, priority, cancellationToken);
        var fingerprint = Convert.ToHexString(SHA256.HashData(payload));
        if (_lastByFixture.TryGetValue(fixtureId, out var last) && last.Fingerprint == fingerprint)
        {
            return last;
        }
        MatchSnapshot snapshot;
        try
        {
            snapshot = FotMobParser.Parse(payload);
        }
        catch (FotMobFormatException e)
        {
            throw new MatchDataUnavailableException($"FotMob sent an unreadable payload for match {fixtureId}: {e.Message}", inner: e);
        }
        var data = new MatchData(snapshot, fingerprint);
        _lastByFixture[fixtureId] = data;
        return data;
    }

    /// <summary>Forgets a fixture's cached payload (when the fixture passivates).</summary>
    public void Forget(long fixtureId) => _lastByFixture.TryRemove(fixtureId, out _);

    private async Task<byte[]> DownloadAsync(long fixtureId, PermitPriority priority, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _options.PathFor(fixtureId));
        request.Options.Set(RateLimitedHandler.PriorityOption, priority);
        foreach (var (name, value) in _options.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        if (_cookieHeader is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", _cookieHeader);
        }
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throw new MatchDataUnavailableException(
                    $"FotMob rate-limited match {fixtureId} (HTTP 429)", response.Headers.RetryAfter?.Delta);
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new MatchDataUnavailableException(
                    $"FotMob answered {(int)response.StatusCode} {response.ReasonPhrase} for match {fixtureId}");
            }
            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (RateLimitedException e)
        {
            throw new MatchDataUnavailableException($"No FotMob permit for match {fixtureId} now", e.RetryAfter, e);
        }
        catch (RateLimiterUnavailableException e)
        {
            throw new MatchDataUnavailableException(e.Message, inner: e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MatchDataUnavailableException($"FotMob did not answer for match {fixtureId} within {_options.Timeout}", inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new MatchDataUnavailableException($"FotMob could not be reached for match {fixtureId}: {e.Message}", inner: e);
        }
    }

    public void Dispose() => _http.Dispose();
}
