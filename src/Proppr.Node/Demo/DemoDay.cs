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
/// refund its bets.
/// </summary>
public sealed record DemoDay(MatchDay Day, IReadOnlyList<Bet> Bets)
{
    /// <summary>The replay starts this much match-day time before the first kickoff: lineups are out a few minutes in.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromMinutes(65);

    /// <summary>After the last full time: the first correction check (30 minutes), when every correction is out.</summary>
    public static readonly TimeSpan AfterLastFullTime = TimeSpan.FromMinutes(30);

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
        });
        day = day with { Matches = [.. day.Matches.Select(m => m.Postponed ? m with { Kickoff = m.Kickoff.AddDays(-3) } : m)] };
        return new DemoDay(day, BetGenerator.Generate(day, new BetGeneratorOptions { Seed = options.Seed, Count = options.Bets }));
    }

    /// <summary>When the day is over in match-day time: every correction is out and due to be looked at.</summary>
    public DateTimeOffset End => Day.Matches.Where(m => !m.Postponed).Select(m => new MatchSchedule(m).FullTime).DefaultIfEmpty(Day.Matches.Max(m => m.Kickoff)).Max()
        + AfterLastFullTime;

    /// <summary>The FotMob fixtures the bets are on (those named only by odds event included).</summary>
    public IReadOnlyList<long> FixturesWithBets => [.. Bets.Select(bet => MatchOf(bet)!.MatchId).Distinct()];

    /// <summary>The match a bet is on, by its FotMob fixture id or else its odds event id.</summary>
    public SyntheticMatch? MatchOf(Bet bet) => bet.FixtureId is { } id ? Day.Find(id)
        : Day.FindByOddsEvent(long.Parse(bet.OddsFixtureId!, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The replay's clock, from <see cref="Lead"/> before the first match that is played.</summary>
    public ReplayClock Clock(double speed, TimeProvider time) =>
        new(time, Day.Matches.Where(m => !m.Postponed).Select(m => m.Kickoff).DefaultIfEmpty(Day.Matches[0].Kickoff).Min() - Lead, speed);
}
