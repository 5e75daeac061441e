using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// <c>asian_handicap</c>: the selected team's margin over the window, plus the line on that team, against zero; quarter
/// lines split the stake. A bet struck in play counts only the goals after it. Decided when the window ends. The actual
/// value is the margin counted, without the line.
/// </summary>
internal sealed class AsianHandicapRule : PeriodEndRule
{
    protected override Decision DecideEnded(Bet bet, MatchDetails match, PeriodWindow window)
    {
        var margin = InPlayScore.Counted(window, match, bet).MarginFor(SelectedSide.Of(bet.Selection));
        return Decision.Of(LineResolver.Handicap(bet.Line!.Value, margin), margin);
    }
}
