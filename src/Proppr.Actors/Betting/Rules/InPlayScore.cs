using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// The goals an Asian handicap counts: those of its window scored after the bet was struck. The score at placement is
/// the whole match's: the one stored with the bet when a fixture saw it struck, else the one the match gives for its
/// <c>placed_at</c> (<see cref="PlacementScore"/>; a bet imported or graded after the fact), else unknown and every goal
/// counts. Each side's goals before the window are taken off it first, and what is left can remove no more than the
/// window's own goals.
/// </summary>
internal static class InPlayScore
{
    public static Score Counted(PeriodWindow window, MatchDetails match, Bet bet)
    {
        var inWindow = window.Goals(match);
        if (AtPlacement(bet, match) is not { } placed)
        {
            return inWindow;
        }
        var before = window.GoalsBefore(match);
        return new Score(
            inWindow.Home - Math.Clamp(placed.Home - before.Home, 0, inWindow.Home),
            inWindow.Away - Math.Clamp(placed.Away - before.Away, 0, inWindow.Away));
    }

    private static Score? AtPlacement(Bet bet, MatchDetails match) =>
        bet.ScoreAtPlacement ?? (bet.PlacedAt is { } placedAt ? PlacementScore.At(match, placedAt) : null);
}
