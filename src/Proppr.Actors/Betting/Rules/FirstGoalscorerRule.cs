using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// <c>first_goalscorer</c>: the window's first goal decides it, as soon as it is scored. Won if he scored it; goals at
/// the same recorded moment by different players are a dead heat, dividing the stake. Otherwise void when he came on
/// after that goal, lost when he was on before it, and lost when the window ends without a goal. The actual value is 1
/// when he scored it, else 0.
/// </summary>
internal sealed class FirstGoalscorerRule : GoalscorerRule
{
    protected override Decision? Win(IReadOnlyList<GoalEvent> goals, long playerId)
    {
        if (goals.Count == 0)
        {
            return null;
        }
        var scorers = goals.Where(g => g.Time == goals[0].Time).Select(g => g.ScorerId).Distinct().ToList();
        return scorers.Contains(playerId)
            ? new Decision(Outcome.DeadHeat(scorers.Count), 1m, scorers.Count > 1 ? SettlementReasons.DeadHeat : null)
            : null;
    }

    protected override Decision? DecideStanding(IReadOnlyList<GoalEvent> goals, TimeOnPitch pitch)
    {
        if (goals.Count == 0)
        {
            return null;
        }
        return pitch.On > goals[0].Time ? Decision.Refund(SettlementReasons.CameOnAfterFirstGoal) : Decision.WonIf(false, 0m);
    }
}
