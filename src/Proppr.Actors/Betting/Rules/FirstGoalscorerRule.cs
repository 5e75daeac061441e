using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// <c>first_goalscorer</c>: the window's first goal that is not an own goal decides it, as soon as it is scored. The
/// player won if he scored it; goals at the same recorded moment by different players are a dead heat, dividing the
/// stake. Otherwise, under the appearance rule: void when he came on after that goal or took no part, lost when he was
/// on before it, and lost when the window ends without a goal. The actual value is 1 when he scored it, else 0.
/// </summary>
internal sealed class FirstGoalscorerRule : IMarketRule
{
    public Decision? Decide(Bet bet, MatchSnapshot match)
    {
        var window = PeriodWindow.For(bet.Period);
        var player = PlayerFinder.Find(match.Lineup, bet);
        var goals = match.Goals.Where(g => !g.OwnGoal && window.Contains(g.Period)).ToList();
        MatchTime? firstGoal = goals.Count > 0 ? goals.Min(g => g.Time) : null;
        if (firstGoal is { } first)
        {
            var scorers = goals.Where(g => g.Time == first).Select(g => g.ScorerId).Distinct().ToList();
            if ((player?.Id ?? bet.PlayerId) is { } id && scorers.Contains(id))
            {
                return new Decision(Outcome.DeadHeat(scorers.Count), 1m, scorers.Count > 1 ? SettlementReasons.DeadHeat : null);
            }
        }
        var participation = LineupRule.Judge(player, VoidRule.Appearance, window, match);
        if (!participation.Stands)
        {
            return participation.AsDecision;
        }
        if (firstGoal is { } decidingGoal)
        {
            return TimeOnPitch.Of(player!, match).On > decidingGoal
                ? Decision.Refund(SettlementReasons.CameOnAfterFirstGoal)
                : Decision.WonIf(false, 0m);
        }
        return window.HasEnded(match) ? Decision.WonIf(false, 0m) : null;
    }
}
