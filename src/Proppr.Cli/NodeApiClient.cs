using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Proppr.Cli;

/// <summary>
/// Talks to a node's HTTP API. Every failure becomes a <see cref="CliFailure"/> whose message tells a person
/// what to do: the node is unreachable, the token is missing or wrong, or what the node said was wrong.
/// </summary>
public sealed class NodeApiClient(string url, string? token) : IDisposable
{
    private readonly HttpClient _http = Create(url, token);

    public async Task<JsonNode> GetAsync(string path, CancellationToken cancellationToken) =>
        (await SendAsync(new HttpRequestMessage(HttpMethod.Get, path), notFoundIsNull: false, cancellationToken))!;

    /// <summary>As <see cref="GetAsync"/>, but null when the node answers 404 (not there, or not yet).</summary>
    public Task<JsonNode?> FindAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), notFoundIsNull: true, cancellationToken);

    public async Task<JsonNode> PostAsync(string path, string body, string contentType, CancellationToken cancellationToken) =>
        (await SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) },
            notFoundIsNull: false, cancellationToken))!;

    private async Task<JsonNode?> SendAsync(HttpRequestMessage request, bool notFoundIsNull, CancellationToken cancellationToken)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                throw new CliFailure($"cannot reach the node at {_http.BaseAddress}: {e.Message} (is it running? set --url or PROPPR_URL)");
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new CliFailure($"the node at {_http.BaseAddress} did not answer within {_http.Timeout.TotalSeconds:0} s");
            }
            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                var body = TryParse(text);
                if (response.IsSuccessStatusCode && body is not null)
                {
                    return body;
                }
                if (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound)
                {
                    return null;
                }
                var said = body?["error"]?.GetValue<string>() ?? (text.Length > 0 ? text : response.ReasonPhrase);
                throw new CliFailure(response.StatusCode switch
                {
                    HttpStatusCode.Unauthorized when token is null => $"the node wants a token: {said} (set --token or PROPPR_TOKEN)",
                    HttpStatusCode.Unauthorized => $"the node refused the token: {said}",
                    _ => $"the node answered {(int)response.StatusCode}: {said}",
                });
            }
        }
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static HttpClient Create(string url, string? token)
    {
        if (!Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var baseAddress))
        {
            throw new CliFailure($"'{url}' is not an HTTP address");
        }
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (!string.IsNullOrEmpty(token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return http;
    }

    public void Dispose() => _http.Dispose();
}
