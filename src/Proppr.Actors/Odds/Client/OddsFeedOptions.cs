using Proppr.Actors.Matches.Resolution;

namespace Proppr.Actors.Odds.Client;

/// <summary>
/// How the live odds feed reaches the provider (FORMAT.md §1.1, §2.1) and what it subscribes to. The REST host is
/// configuration because the provider's docs and its own SDKs name two (<c>api.odds-api.io</c>, <c>api2.odds-api.io</c>).
/// Bookmakers and markets come from <see cref="Odds"/>, the same options the fixtures' books use.
/// </summary>
public sealed record OddsFeedOptions
{
    /// <summary>The REST root, <c>/v3/</c> included: <c>events</c>, <c>odds/multi</c> and <c>odds/updated</c> are relative to it.</summary>
    public Uri RestBaseUrl { get; init; } = new("https://api2.odds-api.io/v3/");

    /// <summary>The WebSocket endpoint without its query; the subscription is added by <see cref="FeedSubscription"/>.</summary>
    public Uri WebSocketUrl { get; init; } = new("wss://api.odds-api.io/v3/ws");

    public string ApiKey { get; init; } = "";

    /// <summary>Sport slugs (the socket takes 10 at most). REST gap fills ask one sport per call.</summary>
    public IReadOnlyList<string> Sports { get; init; } = ["football"];

    /// <summary>League slugs (20 at most); not together with <see cref="EventIds"/>.</summary>
    public IReadOnlyList<string> Leagues { get; init; } = [];

    /// <summary>Event ids (50 at most); not together with <see cref="Leagues"/>.</summary>
    public IReadOnlyList<string> EventIds { get; init; } = [];

    /// <summary><c>live</c>, <c>prematch</c>, or null for both.</summary>
    public string? Status { get; init; }

    /// <summary>Bookmakers and markets to ask for, and the sharp book.</summary>
    public OddsOptions Odds { get; init; } = new();

    /// <summary>What ticks are stamped with: the fixtures' clock (<see cref="Fixtures.FixtureSettings.MarketTime"/>); null for the actor system's.</summary>
    public TimeProvider? MarketTime { get; init; }

    /// <summary>Waits between connect attempts: 1 s, doubling, capped at 30 s (the provider's advice and its SDKs' policy).</summary>
    public RetryBackoff Reconnect { get; init; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    /// <summary>Protocol-level pings (the provider sends no heartbeat messages; its SDKs ping every 30 s).</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A ping unanswered this long drops the connection.</summary>
    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>No message for this long while streaming: the feed is taken for stale and connected afresh (with a sync).</summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>How often the REST poller runs while the socket is unavailable.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A gap this short is filled with <c>/odds/updated</c> instead of a full sync. The provider takes a <c>since</c>
    /// at most 60 s old; 50 s leaves room for the time a request takes.
    /// </summary>
    public TimeSpan GapFillWindow { get; init; } = TimeSpan.FromSeconds(50);

    /// <summary>
    /// After another connection took the key over (close 1000), the socket is left to it this long, with the REST
    /// poller running, before one new attempt: a rival that is still there kicks us at most once per cooldown.
    /// </summary>
    public TimeSpan TakeoverCooldown { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a REST request may wait for a rate-limiter permit.</summary>
    public TimeSpan MaxPermitWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often events whose fixture is still unknown are asked about again (the resolver may have moved).</summary>
    public TimeSpan ResolutionRetry { get; init; } = TimeSpan.FromMinutes(5);
}
