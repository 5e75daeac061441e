using System.Globalization;
using System.Net.Http.Json;

namespace Proppr.Node.Alerts;

/// <summary>Posts each notification as a message to a Telegram chat through the Bot API's <c>sendMessage</c>.</summary>
public sealed class TelegramAlertSender(HttpClient http, string botToken, string chatId, string node) : IAlertSender
{
    public async Task SendAsync(AlertNotification notification, CancellationToken cancellationToken)
    {
        // "./": a bot token holds a colon, which would otherwise read as a URI scheme.
        using var response = await http.PostAsJsonAsync(
            $"./bot{botToken}/sendMessage", new { chat_id = chatId, text = Text(notification, node) }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public static string Text(AlertNotification notification, string node)
    {
        var headline = notification.Kind switch
        {
            NotificationKind.Firing => "ALERT",
            NotificationKind.Reminder => "STILL FIRING",
            _ => "RECOVERED",
        };
        var since = notification.Since.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        return $"{headline}: {notification.Alert.Title}\n{notification.Alert.Detail}\nsince {since}, seen by {node}";
    }
}
