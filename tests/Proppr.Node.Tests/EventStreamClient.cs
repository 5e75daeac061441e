using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;

namespace Proppr.Node.Tests;

/// <summary>A client of <c>/api/stream</c>: opens it, waits for <c>subscribed</c>, then reads events as they come.</summary>
internal sealed class EventStreamClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly IAsyncEnumerator<SseItem<string>> _events;

    private EventStreamClient(HttpResponseMessage response, IAsyncEnumerator<SseItem<string>> events)
    {
        _response = response;
        _events = events;
    }

    /// <param name="lastEventId">Sent as <c>Last-Event-ID</c>, as a reconnecting EventSource does.</param>
    public static async Task<EventStreamClient> OpenAsync(HttpClient http, string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/stream");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var events = SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync().GetAsyncEnumerator();
        var client = new EventStreamClient(response, events);
        (await client.NextAsync()).EventType.Should().Be("subscribed");
        return client;
    }

    public async Task<SseItem<string>> NextAsync()
    {
        var more = await _events.MoveNextAsync().AsTask().WaitAsync(TestSupport.Eventually.DefaultTimeout);
        more.Should().BeTrue("the stream stays open");
        return _events.Current;
    }

    /// <summary>Reads until <paramref name="count"/> events of <paramref name="type"/> have come; returns their data.</summary>
    public async Task<IReadOnlyList<JsonNode>> CollectAsync(string type, int count)
    {
        var found = new List<JsonNode>();
        while (found.Count < count)
        {
            var item = await NextAsync();
            if (item.EventType == type)
            {
                found.Add(JsonNode.Parse(item.Data)!);
            }
        }
        return found;
    }

    public async ValueTask DisposeAsync()
    {
        await _events.DisposeAsync();
        _response.Dispose();
    }
}
