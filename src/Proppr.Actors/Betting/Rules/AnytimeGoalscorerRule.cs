using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// <c>anytime_goalscorer</c>: won as soon as the player scores in the window (own goals never count for him). Always
/// under the appearance rule: void when he took no part, otherwise lost when the window ends without his goal.
/// The actual value is 1 when he scored, else 0.
/// </summary>
internal sealed class AnytimeGoalscorerRule : IMarketRule
{
    public Decision? Decide(Bet bet, MatchSnapshot match)
    {
        var window = PeriodWindow.For(bet.Period);
        var player = PlayerFinder.Find(match.Lineup, bet);
        if ((player?.Id ?? bet.PlayerId) is { } id && EventCounter.Count(match, window, Stat.Goals, Subject.Player(id)) > 0)
        {
            return Decision.WonIf(true, 1m);
        }
        var participation = LineupRule.Judge(player, VoidRule.Appearance, window, match);
        if (!participation.Stands)
        {
            return participation.AsDecision;
        }
        return window.HasEnded(match) ? Decision.WonIf(false, 0m) : null;
    }
}
