using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Proppr.Node.Tests;

internal static class ApiJson
{
    public static async Task<(int Status, JsonNode Body)> PostAsync(this HttpClient http, string path, string body)
    {
        using var response = await http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public static async Task<(int Status, JsonNode Body)> PutAsync(this HttpClient http, string path, string body)
    {
        using var response = await http.PutAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public static async Task<(int Status, JsonNode Body)> GetJsonAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public static async Task<JsonNode> GetOkAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().Be(200, text);
        return JsonNode.Parse(text)!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient http, string path, object body) => http.PostAsJsonAsync(path, body);

    /// <summary>The intake's answers as (bet_id, status, reason) in request order.</summary>
    public static IReadOnlyList<(string? BetId, string Status, string? Reason)> Answers(JsonNode body) =>
        [.. body["results"]!.AsArray().Select(r => ((string?)r!["bet_id"], (string)r["status"]!, (string?)r["reason"]))];
}
