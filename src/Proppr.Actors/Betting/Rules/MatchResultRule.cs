using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// <c>1x2</c> on the window's score (regulation for full time: never extra time or penalties), decided when the
/// window ends. The actual value is the selected team's goal margin (the home margin for a draw).
/// </summary>
internal sealed class MatchResultRule : PeriodEndRule
{
    protected override Decision DecideEnded(Bet bet, MatchDetails match, PeriodWindow window)
    {
        var margin = window.Goals(match).MarginFor(SelectedSide.Of(bet.Selection));
        return Decision.WonIf(bet.Selection == Selection.Draw ? margin == 0 : margin > 0, margin);
    }
}
