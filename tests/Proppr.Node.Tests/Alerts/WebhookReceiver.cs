using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Alerts;

/// <summary>A loopback HTTP server standing in for an alert webhook and the Telegram Bot API; it keeps what it is sent.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    public const string BotToken = "123:abc";

    private readonly ConcurrentQueue<JsonNode> _webhook = new();
    private readonly ConcurrentQueue<JsonNode> _telegram = new();
    private LoopbackServer _server = null!;

    /// <summary>While set, the webhook answers 500 (a receiver that is down).</summary>
    public bool Failing { get; set; }

    public Uri WebhookUrl => new(_server.BaseUrl, "hooks/proppr");

    public Uri TelegramUrl => _server.BaseUrl;

    public IReadOnlyList<JsonNode> Webhook => [.. _webhook];

    public IReadOnlyList<JsonNode> Telegram => [.. _telegram];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        receiver._server = await LoopbackServer.StartAsync(routes =>
        {
            routes.MapPost("/hooks/proppr", async (HttpRequest request) =>
            {
                if (receiver.Failing)
                {
                    return Results.StatusCode(500);
                }
                receiver._webhook.Enqueue((await JsonNode.ParseAsync(request.Body))!);
                return Results.Ok();
            });
            routes.MapPost($"/bot{BotToken}/sendMessage", async (HttpRequest request) =>
            {
                receiver._telegram.Enqueue((await JsonNode.ParseAsync(request.Body))!);
                return Results.Ok(new { ok = true });
            });
        });
        return receiver;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
