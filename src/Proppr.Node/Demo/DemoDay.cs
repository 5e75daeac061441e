using Proppr.Actors.Betting;
using Proppr.Replay.Bets;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Node.Demo;

/// <summary>
/// The replayed match day and its bets. Kickoffs are half an hour apart from noon, so a day of a dozen fixtures has
/// several matches in play at once. The day is dated three days back, so kickoffs lie in the node's past (its fixtures
/// poll at the live cadence from the start). The postponed match was due three days before the day: the node settles
/// on the replay's clock (<see cref="ReplayMarketTime"/>), on which it is past the 48-hour window after which the rules
/// refund its bets (with <see cref="DemoOptions.PostponedInWindow"/> it was due on the day, and they stay pending).
/// </summary>
public sealed record DemoDay(MatchDay Day, IReadOnlyList<Bet> Bets)
{
    /// <summary>The replay starts this much match-day time before the first kickoff: lineups are out a few minutes in.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromMinutes(65);

    public static DemoDay Generate(DemoOptions options, DateOnly today)
    {
        var first = new TimeOnly(12, 0);
        var day = MatchDayGenerator.Generate(new MatchDayOptions
        {
            Seed = options.Seed,
            Fixtures = options.Fixtures,
            Date = today.AddDays(-3),
            FirstKickoff = first,
            LastKickoff = first.AddMinutes(Math.Min(30 * (options.Fixtures - 1), 8 * 60)),
            Quirks = options.Quirks,
            Eras = options.Eras,
            LateCorrectionShare = options.LateCorrectionShare,
        });
        if (!options.PostponedInWindow)
        {
            day = day with { Matches = [.. day.Matches.Select(m => m.Postponed ? m with { Kickoff = m.Kickoff.AddDays(-3) } : m)] };
        }
        return new DemoDay(day, BetGenerator.Generate(day, new BetGeneratorOptions { Seed = options.Seed, Count = options.Bets }));
    }

    /// <summary>
    /// When the day is over in match-day time: every played match has reached the correction check that sees its
    /// correction (<see cref="ChecksToSeeCorrection"/>), so every correction is out and due to be looked at.
    /// </summary>
    public DateTimeOffset End => Day.Matches.Where(m => !m.Postponed)
        .Select(m => new MatchSchedule(m).End + DemoTimings.MatchDayCorrectionChecks[ChecksToSeeCorrection(m) - 1])
        .DefaultIfEmpty(Day.Matches.Max(m => m.Kickoff))
        .Max();

    /// <summary>
    /// How many correction checks a fixture makes before it has seen its match's correction: the first when there is
    /// none or it is out by then, else the first check made after it is published (a late one waits for the second).
    /// </summary>
    public static int ChecksToSeeCorrection(SyntheticMatch match)
    {
        var checks = DemoTimings.MatchDayCorrectionChecks;
        var delay = match.Correction?.Delay ?? TimeSpan.Zero;
        var index = checks.TakeWhile(check => check < delay).Count();
        return Math.Min(index, checks.Count - 1) + 1;
    }

    /// <summary>The FotMob fixtures the bets are on (those named only by odds event included).</summary>
    public IReadOnlyList<long> FixturesWithBets => [.. Bets.Select(bet => MatchOf(bet).MatchId).Distinct()];

    /// <summary>The match a bet is on, whether it names the FotMob fixture or only the odds event.</summary>
    public SyntheticMatch MatchOf(Bet bet) => bet.FixtureId is { } fixtureId
        ? Day.Find(fixtureId)!
        : Day.FindByOddsEvent(long.Parse(bet.OddsEventId!, System.Globalization.CultureInfo.InvariantCulture))!;

    /// <summary>The replay's clock, from <see cref="Lead"/> before the first match that is played.</summary>
    public ReplayClock Clock(double speed, TimeProvider time) =>
        new(time, Day.Matches.Where(m => !m.Postponed).Select(m => m.Kickoff).DefaultIfEmpty(Day.Matches[0].Kickoff).Min() - Lead, speed);
}
