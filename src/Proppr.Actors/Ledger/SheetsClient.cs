using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Ledger;

/// <summary>
/// The three Sheets v4 calls the ledger makes, over plain REST (the generated client package is not available):
/// <c>values.get</c>, <c>values.append</c> and <c>values.batchUpdate</c>. Values go in raw (numbers as JSON numbers)
/// and come back unformatted, so what was written reads back the same. Every failure is a <see cref="SheetsApiException"/>.
/// </summary>
public sealed class SheetsClient(HttpClient http, IAccessTokenSource tokens, string spreadsheetId)
{
    private const string ValuesPath = "v4/spreadsheets/{0}/values";

    /// <summary>The rows of <paramref name="range"/>, from its first row; the API leaves out trailing empty rows and cells.</summary>
    public async Task<IReadOnlyList<ImmutableArray<SheetCell>>> GetAsync(string range, CancellationToken cancellationToken)
    {
        var uri = $"{Values}/{Uri.EscapeDataString(range)}?majorDimension=ROWS&valueRenderOption=UNFORMATTED_VALUE";
        using var body = await SendAsync(HttpMethod.Get, uri, null, cancellationToken);
        return body.RootElement.TryGetProperty("values", out var rows) && rows.ValueKind == JsonValueKind.Array
            ? [.. rows.EnumerateArray().Select(ReadRow)]
            : [];
    }

    /// <summary>Appends <paramref name="rows"/> after the table in <paramref name="range"/>; answers the first row number written.</summary>
    public async Task<int> AppendAsync(string range, IReadOnlyList<IReadOnlyList<SheetCell>> rows, CancellationToken cancellationToken)
    {
        var uri = $"{Values}/{Uri.EscapeDataString(range)}:append?valueInputOption=RAW&insertDataOption=INSERT_ROWS";
        var request = new JsonObject { ["range"] = range, ["majorDimension"] = "ROWS", ["values"] = Rows(rows) };
        using var body = await SendAsync(HttpMethod.Post, uri, request, cancellationToken);
        var updated = body.RootElement.TryGetProperty("updates", out var updates) && updates.TryGetProperty("updatedRange", out var written)
            ? written.GetString()
            : null;
        try
        {
            return SheetRange.FirstRow(updated ?? throw new FormatException("no updates.updatedRange"));
        }
        catch (FormatException e)
        {
            throw new SheetsApiException($"Sheets append answered without the rows it wrote: {e.Message}", inner: e);
        }
    }

    /// <summary>Writes each range's rows in place, all in one request.</summary>
    public async Task BatchUpdateAsync(IReadOnlyList<(string Range, IReadOnlyList<IReadOnlyList<SheetCell>> Rows)> data, CancellationToken cancellationToken)
    {
        if (data.Count == 0)
        {
            return;
        }
        var request = new JsonObject
        {
            ["valueInputOption"] = "RAW",
            ["data"] = new JsonArray([.. data.Select(entry => (JsonNode)new JsonObject
            {
                ["range"] = entry.Range,
                ["majorDimension"] = "ROWS",
                ["values"] = Rows(entry.Rows),
            })]),
        };
        using var answer = await SendAsync(HttpMethod.Post, $"{Values}:batchUpdate", request, cancellationToken);
    }

    private string Values => string.Format(System.Globalization.CultureInfo.InvariantCulture, ValuesPath, Uri.EscapeDataString(spreadsheetId));

    private async Task<JsonDocument> SendAsync(HttpMethod method, string uri, JsonObject? content, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (content is not null)
        {
            request.Content = new StringContent(content.ToJsonString(), Encoding.UTF8, "application/json");
        }
        return await ExternalCall.RunAsync("Sheets", $"{method} {uri}", http.Timeout, Failure, async () =>
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new SheetsApiException(
                    $"Sheets answered {(int)response.StatusCode} {response.ReasonPhrase} to {method} {uri}: {Shorten(text)}",
                    response.StatusCode,
                    response.StatusCode == HttpStatusCode.TooManyRequests ? RetryAfter(response) : null);
            }
            try
            {
                return JsonDocument.Parse(text.Length == 0 ? "{}" : text);
            }
            catch (JsonException e)
            {
                throw new SheetsApiException($"Sheets answered {method} {uri} with something that is not JSON: {e.Message}", inner: e);
            }
        }, cancellationToken);
    }

    /// <summary>No permit reads as the API's own 429, so the ledger backs off the same way.</summary>
    private static SheetsApiException Failure(string message, TimeSpan? retryAfter, Exception cause) =>
        new(message, retryAfter is null ? null : HttpStatusCode.TooManyRequests, retryAfter, cause);

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };

    private static ImmutableArray<SheetCell> ReadRow(JsonElement row) =>
        row.ValueKind == JsonValueKind.Array ? [.. row.EnumerateArray().Select(ReadCell)] : [];

    private static SheetCell ReadCell(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.Number => cell.TryGetDecimal(out var number) ? SheetCell.Of(number) : SheetCell.Of(cell.GetRawText()),
        JsonValueKind.String => SheetCell.Of(cell.GetString()),
        JsonValueKind.True => SheetCell.Of("TRUE"),
        JsonValueKind.False => SheetCell.Of("FALSE"),
        _ => SheetCell.Empty,
    };

    private static JsonArray Rows(IEnumerable<IReadOnlyList<SheetCell>> rows) =>
        new([.. rows.Select(row => (JsonNode)new JsonArray([.. row.Select(Value)]))]);

    private static JsonNode? Value(SheetCell cell) =>
        cell.IsNumber ? JsonValue.Create(decimal.Parse(cell.Text, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(cell.Text);

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
