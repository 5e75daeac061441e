namespace Proppr.Node.Alerts;

/// <summary>
/// The <c>Alerts</c> section: where critical conditions are sent (a webhook, a Telegram chat, or both) and how often.
/// With neither configured the node sends no alerts.
/// </summary>
public sealed record AlertSettings
{
    /// <summary>Receives each notification as a JSON POST.</summary>
    public Uri? WebhookUrl { get; init; }

    public TelegramSettings? Telegram { get; init; }

    /// <summary>How often the conditions are checked.</summary>
    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>An alert is announced at most this often (a reminder while it holds, a flapping one waits).</summary>
    public TimeSpan RepeatEvery { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>A fixture that failed to recover keeps its alert this long after the last failure.</summary>
    public TimeSpan RecoveryFailureWindow { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The odds feed's books not known complete this long is an alert (longer than the feed's own stale watchdog).</summary>
    public TimeSpan OddsFeedDownAfter { get; init; } = TimeSpan.FromMinutes(5);

    public bool Enabled => WebhookUrl is not null || Telegram is { BotToken.Length: > 0, ChatId.Length: > 0 };
}

/// <summary>A Telegram bot and the chat it posts to; <see cref="BaseUrl"/> is the Bot API's address.</summary>
public sealed record TelegramSettings
{
    public Uri BaseUrl { get; init; } = new("https://api.telegram.org");

    public string? BotToken { get; init; }

    public string? ChatId { get; init; }
}
