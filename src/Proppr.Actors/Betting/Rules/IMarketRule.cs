using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>The rule for one family of markets: decides a (valid) bet from one match-details payload.</summary>
internal interface IMarketRule
{
    /// <summary>The decision the facts already make certain, or null while they do not.</summary>
    Decision? Decide(Bet bet, MatchDetails match);
}
