using System.Globalization;
using Proppr.Actors.Fixtures;

namespace Proppr.Node.Demo;

/// <summary>
/// The node's clocks for a replayed day <see cref="Speed"/> times faster than real time. The node runs on real time,
/// so every interval meant for a real match day is divided by the speed: a fixture polls FotMob in play at the
/// intervals of a real match (<see cref="FixtureSettings"/>), and every 2 match-day minutes before kickoff, so the
/// lineups show at once; FotMob's limiter window is 2 match-day minutes with the real batch of
/// 60; the correction checks come 30 minutes and 2 hours of match-day time after full time.
/// </summary>
public sealed record DemoTimings(double Speed)
{
    /// <summary>When, after full time in match-day time, a fixture looks for corrections.</summary>
    public static readonly IReadOnlyList<TimeSpan> MatchDayCorrectionChecks = [TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    public TimeSpan LiveInterval => Scaled(FixtureSettings.Default.LiveInterval);
    public TimeSpan PreMatchInterval => Scaled(TimeSpan.FromMinutes(2));
    public TimeSpan SignalFollowUp => Scaled(FixtureSettings.Default.SignalFollowUp);
    public TimeSpan SignalPollEvery => Scaled(FixtureSettings.Default.SignalPollEvery);
    public TimeSpan SlowInterval => Scaled(TimeSpan.FromHours(6));
    public TimeSpan RetryInterval => Scaled(TimeSpan.FromSeconds(30));
    public IReadOnlyList<TimeSpan> CorrectionChecks => [.. MatchDayCorrectionChecks.Select(Scaled)];
    public TimeSpan FotMobWindow => Scaled(TimeSpan.FromMinutes(2));
    public TimeSpan FotMobMinimumWindow => Scaled(TimeSpan.FromMinutes(1));
    public TimeSpan FotMobMaximumWindow => Scaled(TimeSpan.FromMinutes(10));
    public TimeSpan ListingCacheFor => Scaled(TimeSpan.FromMinutes(5));
    public TimeSpan ResolutionFirstRetry => Scaled(TimeSpan.FromMinutes(1));
    public TimeSpan ResolutionMaximumRetry => Scaled(TimeSpan.FromHours(1));

    /// <summary>
    /// The replayed odds feed pushes what changed every 2 match-day seconds (the real one pushes within 150 ms), so a
    /// goal reaches the node about when the bookmakers move, not up to a real quarter-second (30 s of the day) later.
    /// </summary>
    public TimeSpan OddsTickInterval => Scaled(TimeSpan.FromSeconds(2));

    /// <summary>The configuration keys that carry these timings.</summary>
    public IEnumerable<string> NodeArgs() =>
    [
        Arg("Fixtures:LiveInterval", LiveInterval),
        Arg("Fixtures:PreMatchInterval", PreMatchInterval),
        Arg("Fixtures:SignalFollowUp", SignalFollowUp),
        Arg("Fixtures:SignalPollEvery", SignalPollEvery),
        Arg("Fixtures:SlowInterval", SlowInterval),
        Arg("Fixtures:RetryInterval", RetryInterval),
        .. CorrectionChecks.Select((check, i) => Arg($"Fixtures:CorrectionChecks:{i}", check)),
        Arg("RateLimits:Intervals:fotmob:Initial", FotMobWindow),
        Arg("RateLimits:Intervals:fotmob:Minimum", FotMobMinimumWindow),
        Arg("RateLimits:Intervals:fotmob:Maximum", FotMobMaximumWindow),
        Arg("FotMob:ListingCacheFor", ListingCacheFor),
        Arg("Resolution:Backoff:First", ResolutionFirstRetry),
        Arg("Resolution:Backoff:Maximum", ResolutionMaximumRetry),
    ];

    private TimeSpan Scaled(TimeSpan matchDay) => matchDay / Speed;

    private static string Arg(string key, TimeSpan value) => $"--{key}={value.ToString("c", CultureInfo.InvariantCulture)}";
}
