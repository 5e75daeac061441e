using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// <c>anytime_goalscorer</c>: won as soon as the player scores in the window, lost when it ends without his goal. The
/// actual value is 1 when he scored, else 0.
/// </summary>
internal sealed class AnytimeGoalscorerRule : GoalscorerRule
{
    protected override Decision? Win(IReadOnlyList<GoalEvent> goals, long playerId) =>
        goals.Any(g => g.ScorerId == playerId) ? Decision.WonIf(true, 1m) : null;

    /// <summary>He can still score until the window ends.</summary>
    protected override Decision? DecideStanding(IReadOnlyList<GoalEvent> goals, TimeOnPitch pitch) => null;
}
