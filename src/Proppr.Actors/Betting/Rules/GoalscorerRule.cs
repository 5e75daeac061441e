using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// What goalscorer markets share (<c>spec/settlement-rules.md</c>): only the window's goals that are not own goals
/// count; the player's goal wins at once, found by his id even without a lineup; otherwise the appearance rule applies
/// whatever the policy says, and a bet still standing is lost when the window ends without his winning goal.
/// </summary>
internal abstract class GoalscorerRule : IMarketRule
{
    public Decision? Decide(Bet bet, MatchDetails match)
    {
        var window = PeriodWindow.For(bet.Period);
        var player = PlayerFinder.Find(match.Lineup, bet);
        var goals = match.Goals.Where(g => !g.OwnGoal && window.Contains(g.Period)).OrderBy(g => g.Time).ToList();
        if ((player?.Id ?? bet.PlayerId) is { } playerId && Win(goals, playerId) is { } win)
        {
            return win;
        }
        var participation = LineupRule.Judge(player, VoidRule.Appearance, window, match);
        if (!participation.Stands)
        {
            return participation.AsDecision;
        }
        return DecideStanding(goals, TimeOnPitch.Of(player!, match)) ?? (window.HasEnded(match) ? Decision.WonIf(false, 0m) : null);
    }

    /// <summary>The win, when his goals among <paramref name="goals"/> (in time order) already won the bet.</summary>
    protected abstract Decision? Win(IReadOnlyList<GoalEvent> goals, long playerId);

    /// <summary>A decision the goals already make for a player who took part without winning it, or null.</summary>
    protected abstract Decision? DecideStanding(IReadOnlyList<GoalEvent> goals, TimeOnPitch pitch);
}
