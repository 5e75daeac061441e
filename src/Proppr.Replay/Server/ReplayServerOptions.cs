using Proppr.Replay.Odds;

namespace Proppr.Replay.Server;

/// <summary>How the replay servers listen and behave. The defaults suit tests: any free loopback port, quick ticks.</summary>
public sealed record ReplayServerOptions
{
    /// <summary>The loopback port; 0 picks a free one (read <see cref="ReplayServer.BaseUrl"/>).</summary>
    public int Port { get; init; }

    /// <summary>How often (real time) each odds WebSocket client is sent what changed.</summary>
    public TimeSpan OddsTickInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The bookmakers "selected on the account": the WebSocket streams all of them.</summary>
    public IReadOnlyList<Bookmaker> Bookmakers { get; init; } = Bookmaker.Defaults;

    /// <summary>The odds API keys accepted; null accepts any non-empty key.</summary>
    public IReadOnlySet<string>? OddsApiKeys { get; init; }

    /// <summary>The odds REST quota reported in the <c>x-ratelimit-*</c> headers, per hour.</summary>
    public int OddsHourlyQuota { get; init; } = 5000;

    /// <summary>How far behind the match FotMob and the odds feed are (none by default).</summary>
    public ProviderDelays Delays { get; init; } = ProviderDelays.None;

    /// <summary>The clock the WebSocket ticks wait on; the replay clock carries its own.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
