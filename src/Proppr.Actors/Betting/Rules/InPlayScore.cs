using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// The goals an Asian handicap counts: those of its window scored after the bet was struck. The score at placement is
/// the whole match's, so each side's goals before the window are taken off it first, and what is left can remove no
/// more than the window's own goals.
/// </summary>
internal static class InPlayScore
{
    public static Score Counted(PeriodWindow window, MatchSnapshot match, Score? atPlacement)
    {
        var inWindow = window.Goals(match);
        if (atPlacement is not { } placed)
        {
            return inWindow;
        }
        var before = window.GoalsBefore(match);
        return new Score(
            inWindow.Home - Math.Clamp(placed.Home - before.Home, 0, inWindow.Home),
            inWindow.Away - Math.Clamp(placed.Away - before.Away, 0, inWindow.Away));
    }
}
