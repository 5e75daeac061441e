using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// A team or match count over a bet's window (<c>spec/settlement-rules.md</c>, Periods and what counts). Goals come
/// from the score by period (own goals for the side credited). Cards are the bookings as bookmakers count them
/// (<see cref="CardBookings"/>): the card events, plus what the lineup markers and team stats show beyond them. Other
/// stats come from the provider's team stats: the per-period split when there is one (a missing row is 0), the
/// whole-match figure (when the provider gave that column) when the window is all of a match without extra time, else
/// the timed events (the shot map, where it carries shots). Otherwise the count is unavailable: a half that nothing
/// separates (corners, fouls, offsides on a payload with only the whole-match column) is refunded, however the
/// whole-match figure bounds it, as bookmakers settle it.
/// </summary>
internal static class TeamCounter
{
    public static StatCount Count(MatchDetails match, Stat stat, BetScope scope, PeriodWindow window)
    {
        var side = scope switch
        {
            BetScope.Home => Side.Home,
            BetScope.Away => Side.Away,
            _ => (Side?)null,
        };
        var subject = side is { } team ? Subject.Team(team) : Subject.BothTeams;
        if (stat == Stat.Goals)
        {
            var goals = window.Goals(match);
            return StatCount.Known(side is { } s ? goals.For(s) : goals.Home + goals.Away);
        }
        if (stat is Stat.YellowCards or Stat.RedCards)
        {
            return StatCount.Known(CardBookings.Count(match, window, stat, subject));
        }
        var stats = match.TeamStats;
        if (window.Periods.All(stats.HasPeriod))
        {
            var inWindow = window.Periods.Aggregate(SidePair.Zero, (sum, period) => sum.Plus(stats.In(period, stat) ?? SidePair.Zero));
            return StatCount.Known(Pick(inWindow, side));
        }
        // No whole-match column at all (in play, only the finished halves split) says nothing about the whole match.
        decimal? wholeMatch = stats.All.IsEmpty ? null : Pick(stats.Total(stat) ?? SidePair.Zero, side);
        if (window.IsFullTime && !match.WentToExtraTime && wholeMatch is { } total)
        {
            return StatCount.Known(total);
        }
        if (EventCounter.Count(match, window, stat, subject) is { } fromEvents)
        {
            return StatCount.Known(fromEvents);
        }
        if (!window.IsFullTime)
        {
            return StatCount.Unavailable(SettlementReasons.PeriodStatUnavailable);
        }
        return wholeMatch is { } atMost ? StatCount.Unsplit(window, atMost) : StatCount.Missing();
    }

    private static decimal Pick(SidePair pair, Side? side) => side is { } s ? pair.For(s) : pair.Total;
}
