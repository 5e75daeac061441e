namespace Proppr.Replay.Server;

/// <summary>
/// How far behind the match each provider is, in match-day time: FotMob serves the match as it was <see cref="FotMob"/>
/// ago, the odds feed prices it as it was <see cref="Odds"/> ago. <see cref="None"/> (the tests' default) shows every
/// fact the instant it happens; <see cref="Realistic"/> is what the demo replays (docs/decisions/2026-12-07-provider-delays.md).
/// </summary>
public sealed record ProviderDelays(TimeSpan FotMob, TimeSpan Odds)
{
    public static readonly ProviderDelays None = new(TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>FotMob 10 s behind the pitch; bookmakers move (and the feed pushes) 5 s after it.</summary>
    public static readonly ProviderDelays Realistic = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5));
}
