using Proppr.Actors.Matches;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// When a fixture next asks for match data: lineups before kickoff, in play as often as its bets need, at the correction
/// checks after full time, slowly while postponed or while bets are still pending. Null means there is nothing left
/// to ask for.
/// <para>
/// FotMob's quota is shared, so in play it is spent where it decides bets: every live interval while the next event
/// could decide an open bet (<c>decidable</c>, <see cref="Betting.NextEvent"/>), with live priority at the limiter;
/// every quiet interval while the fixture has bets but none the next event could decide, at normal priority. The odds
/// ask at once for the events they tell of (<see cref="SignalledPolls"/>). A fixture that only takes odds (the feed
/// starts every fixture it prices) has nothing to grade: it looks at its match at the pre-match interval at most,
/// before kickoff and in play, enough for the kickoff, the lineups and the final counts the stats take; the
/// correction checks after full time stay. A bet tracked on it asks at once.
/// </para>
/// </summary>
public static class PollSchedule
{
    public static TimeSpan? Next(FixtureState state, DateTimeOffset now, FixtureSettings settings, bool decidable)
    {
        switch (state.Status)
        {
            case null:
                return TimeSpan.Zero;
            case MatchStatus.NotStarted:
                return UntilLineups(state.Kickoff, now, settings, HasBets(state) ? settings.LiveInterval : settings.PreMatchInterval);
            case MatchStatus.Live or MatchStatus.HalfTime:
                return !HasBets(state) ? settings.PreMatchInterval : decidable ? settings.LiveInterval : settings.QuietInterval;
            case MatchStatus.Finished:
                return NextCorrectionCheck(state, now, settings) ?? (state.AllBetsDecided ? null : settings.SlowInterval);
            case MatchStatus.Postponed:
                return state.AllBetsDecided ? null : UntilPostponementWindowEnds(state.Kickoff, now, settings);
            default:
                // Cancelled or abandoned: done once every bet is decided.
                return state.AllBetsDecided ? null : settings.SlowInterval;
        }
    }

    /// <summary>The number of the correction check a poll at <paramref name="now"/> completes, if it is due.</summary>
    public static int? DueCorrectionCheck(FixtureState state, DateTimeOffset now, FixtureSettings settings)
    {
        if (state.Status != MatchStatus.Finished || state.EndedAt is not { } endedAt)
        {
            return null;
        }
        var next = state.CorrectionChecksDone;
        return next < settings.CorrectionChecks.Count && now >= endedAt + settings.CorrectionChecks[next] ? next + 1 : null;
    }

    /// <summary>
    /// Fixtures in play whose next event could decide a bet, and those with bets about to kick off, go first when
    /// FotMob's quota is tight.
    /// </summary>
    public static PermitPriority Priority(FixtureState state, DateTimeOffset now, FixtureSettings settings, bool decidable) =>
        HasBets(state) &&
        (state.Status is MatchStatus.Live or MatchStatus.HalfTime && decidable ||
         state.Status is MatchStatus.NotStarted && state.Kickoff is { } kickoff && kickoff - settings.LineupLead <= now)
            ? PermitPriority.Live
            : PermitPriority.Normal;

    /// <summary>Bets on the fixture, decided or not: what polling in play is for.</summary>
    public static bool HasBets(FixtureState state) => state.BetCount > 0;

    /// <summary>
    /// The wait after the <paramref name="failures"/>-th failed fetch in a row: what the provider asked for, else a
    /// doubling retry capped at the fixture's normal cadence.
    /// </summary>
    public static TimeSpan AfterFailure(FixtureState state, int failures, TimeSpan? providerAsked, FixtureSettings settings)
    {
        if (providerAsked is { } asked && asked > TimeSpan.Zero)
        {
            return asked;
        }
        var doubled = TimeSpan.FromTicks(settings.RetryInterval.Ticks << Math.Min(Math.Max(failures - 1, 0), 10));
        var cap = state.Status is MatchStatus.Live or MatchStatus.HalfTime && HasBets(state) ? settings.LiveInterval : settings.SlowInterval;
        return doubled < cap ? doubled : cap;
    }

    /// <summary>The pre-match cadence up to the lineups, then <paramref name="afterLineups"/>.</summary>
    private static TimeSpan UntilLineups(DateTimeOffset? kickoff, DateTimeOffset now, FixtureSettings settings, TimeSpan afterLineups)
    {
        if (kickoff is not { } start)
        {
            return afterLineups;
        }
        var untilLineups = start - settings.LineupLead - now;
        if (untilLineups <= TimeSpan.Zero)
        {
            return afterLineups;
        }
        return untilLineups < settings.PreMatchInterval ? untilLineups : settings.PreMatchInterval;
    }

    /// <summary>
    /// A postponed match is looked at slowly (it may be rescheduled), and once more when the policy's window from kickoff
    /// runs out, so its open bets are refunded then rather than up to a slow interval later.
    /// </summary>
    private static TimeSpan UntilPostponementWindowEnds(DateTimeOffset? kickoff, DateTimeOffset now, FixtureSettings settings)
    {
        if (kickoff is not { } start)
        {
            return settings.SlowInterval;
        }
        var untilWindowEnds = start + settings.Policy.PostponementWindow - now;
        if (untilWindowEnds <= TimeSpan.Zero)
        {
            return settings.SlowInterval;
        }
        return untilWindowEnds < settings.SlowInterval ? untilWindowEnds : settings.SlowInterval;
    }

    private static TimeSpan? NextCorrectionCheck(FixtureState state, DateTimeOffset now, FixtureSettings settings)
    {
        if (state.EndedAt is not { } endedAt || state.CorrectionChecksDone >= settings.CorrectionChecks.Count)
        {
            return null;
        }
        var due = endedAt + settings.CorrectionChecks[state.CorrectionChecksDone] - now;
        return due > TimeSpan.Zero ? due : TimeSpan.Zero;
    }
}
