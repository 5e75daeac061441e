using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// A team or match count over a bet's window (<c>spec/settlement-rules.md</c>, Periods and what counts). Goals come
/// from the score by period (own goals for the side credited). Cards come from the card events, which say who was
/// shown each card: FotMob's card rows count a card to a player already substituted (3370572) and leave out the first
/// yellow of a player sent off for a second (4193696), so they would undo in-play decisions, and the 2020 shape has no
/// card row at all. Other stats come from the provider's team stats: the per-period split when there is one (a missing
/// row is 0), the whole-match figure (when the provider gave that column) when the window is all of a match without
/// extra time, else the timed events (the shot map). Otherwise the count is unavailable.
/// </summary>
internal static class TeamCounter
{
    public static StatCount Count(MatchSnapshot match, Stat stat, BetScope scope, PeriodWindow window)
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
            return StatCount.Known(EventCounter.Cards(match, window, stat, subject));
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
        return wholeMatch is { } atMost ? StatCount.Unsplit(window, atMost) : StatCount.Missing();
    }

    private static decimal Pick(SidePair pair, Side? side) => side is { } s ? pair.For(s) : pair.Total;
}
