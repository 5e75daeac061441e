using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// <c>btts</c> on the window's score (own goals for the side credited): decided as soon as both teams have scored
/// (<c>yes</c> won, <c>no</c> lost), otherwise when the window ends. The actual value is 1 when both scored, else 0.
/// </summary>
internal sealed class BothTeamsToScoreRule : IMarketRule
{
    public Decision? Decide(Bet bet, MatchDetails match)
    {
        var window = PeriodWindow.For(bet.Period);
        var score = window.Goals(match);
        var bothScored = score.Home > 0 && score.Away > 0;
        if (!bothScored && !window.HasEnded(match))
        {
            return null;
        }
        return Decision.WonIf(bothScored == (bet.Selection == Selection.Yes), bothScored ? 1m : 0m);
    }
}
