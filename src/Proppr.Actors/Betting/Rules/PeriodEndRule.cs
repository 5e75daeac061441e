using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>A market that nothing decides before its window ends (<c>1x2</c>, <c>asian_handicap</c>): the score can still turn.</summary>
internal abstract class PeriodEndRule : IMarketRule
{
    public Decision? Decide(Bet bet, MatchDetails match)
    {
        var window = PeriodWindow.For(bet.Period);
        return window.HasEnded(match) ? DecideEnded(bet, match, window) : null;
    }

    protected abstract Decision DecideEnded(Bet bet, MatchDetails match, PeriodWindow window);
}
