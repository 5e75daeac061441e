using System.Net.Http.Json;
using System.Text.Json;

namespace Proppr.Node.Alerts;

/// <summary>
/// POSTs each notification as JSON to a configured URL:
/// <c>{"kind":"firing","key":"…","title":"…","detail":"…","since":"…","at":"…","node":"…"}</c>.
/// </summary>
public sealed class WebhookAlertSender(HttpClient http, Uri url, string node) : IAlertSender
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task SendAsync(AlertNotification notification, CancellationToken cancellationToken)
    {
        var body = new WebhookBody(
            JsonNamingPolicy.SnakeCaseLower.ConvertName(notification.Kind.ToString()),
            notification.Alert.Key,
            notification.Alert.Title,
            notification.Alert.Detail,
            notification.Since,
            notification.At,
            node);
        using var response = await http.PostAsJsonAsync(url, body, Json, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private sealed record WebhookBody(string Kind, string Key, string Title, string Detail, DateTimeOffset Since, DateTimeOffset At, string Node);
}
