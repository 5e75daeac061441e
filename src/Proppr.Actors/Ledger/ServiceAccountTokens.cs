using System.Text.Json;
using Google.Apis.Auth.OAuth2;
using Google.Apis.Http;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Ledger;

/// <summary>
/// Access tokens for a Google service account (Google.Apis.Auth): the key file's account signs a JWT and trades it at
/// the token endpoint for a Sheets token, renewed before it expires. The endpoint is the configured one, else the key
/// file's <c>token_uri</c>, else Google's. Token requests go through the rate limiter like every other outbound call.
/// </summary>
public sealed class ServiceAccountTokens : IAccessTokenSource
{
    public const string SpreadsheetsScope = "https://www.googleapis.com/auth/spreadsheets";

    private readonly ServiceAccountCredential _credential;

    private ServiceAccountTokens(ServiceAccountCredential credential) => _credential = credential;

    /// <exception cref="SheetsApiException">The key file is missing, unreadable or not a service-account key.</exception>
    public static ServiceAccountTokens FromKeyFile(string path, Uri? tokenEndpoint, IRateLimiterClient limiter, TimeSpan maxPermitWait)
    {
        ServiceAccountKey key;
        try
        {
            key = ServiceAccountKey.Read(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException)
        {
            throw new SheetsApiException($"The service-account key '{path}' could not be read: {e.Message}", inner: e);
        }
        var endpoint = tokenEndpoint?.ToString() ?? key.TokenUri ?? GoogleAuthConsts.OidcTokenUrl;
        var initializer = new ServiceAccountCredential.Initializer(key.ClientEmail, endpoint)
        {
            KeyId = key.PrivateKeyId,
            Scopes = [SpreadsheetsScope],
            HttpClientFactory = new RateLimitedFactory(limiter, maxPermitWait),
        };
        try
        {
            return new ServiceAccountTokens(new ServiceAccountCredential(initializer.FromPrivateKey(key.PrivateKey)));
        }
        catch (Exception e) when (e is ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            throw new SheetsApiException($"The private key in '{path}' is not a usable RSA key: {e.Message}", inner: e);
        }
    }

    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _credential.GetAccessTokenForRequestAsync(cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw e as SheetsApiException ?? new SheetsApiException($"No Sheets access token: {e.Message}", inner: e);
        }
    }

    /// <summary>Google's client factory with the project's gated transport underneath.</summary>
    private sealed class RateLimitedFactory(IRateLimiterClient limiter, TimeSpan maxPermitWait) : HttpClientFactory
    {
        protected override HttpMessageHandler CreateHandler(CreateHttpClientArgs args) =>
            ExternalHttpClient.CreateHandler(Apis.Sheets, limiter, maxPermitWait);
    }

    /// <summary>The fields of a service-account JSON key the credential needs.</summary>
    private sealed record ServiceAccountKey(string ClientEmail, string PrivateKey, string? PrivateKeyId, string? TokenUri)
    {
        public static ServiceAccountKey Read(string json)
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            string? Text(string name) =>
                root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : null;
            if (Text("type") is { } type && type != "service_account")
            {
                throw new FormatException($"it is a '{type}' key, not a service_account key");
            }
            return new ServiceAccountKey(
                Text("client_email") ?? throw new FormatException("client_email missing"),
                Text("private_key") ?? throw new FormatException("private_key missing"),
                Text("private_key_id"),
                Text("token_uri"));
        }
    }
}
