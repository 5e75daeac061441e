using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// Whether a bet makes sense (<c>spec/bets.md</c>): odds and a stake within <see cref="BetLimits"/>, a scope, selection and line the
/// market takes, a player for a player prop. The reader already checked the JSON shape; this checks the meaning.
/// Answers with the rejection reason, or null for a valid bet.
/// </summary>
public static class BetValidator
{
    public static string? Validate(Bet bet)
    {
        if (bet.Odds is <= 1m or > BetLimits.MaxOdds)
        {
            return SettlementReasons.InvalidOdds;
        }
        // Bounded, so no sum of stakes or returns in a report can overflow.
        if (bet.Stake is <= 0m or > BetLimits.MaxStake)
        {
            return SettlementReasons.InvalidStake;
        }
        var shape = MarketShape.Of(bet.Market);
        if (!shape.Scopes.Contains(bet.Scope))
        {
            return SettlementReasons.InvalidScope;
        }
        if (!shape.Selections.Contains(bet.Selection))
        {
            return SettlementReasons.InvalidSelection;
        }
        if (shape.TakesLine && bet.Line is null)
        {
            return SettlementReasons.MissingLine;
        }
        // A line on a market without one, or a count below zero, cannot be what the bettor meant.
        if ((!shape.TakesLine && bet.Line is not null) || (bet.Line is { } line && !WithinLimits(line, shape)))
        {
            return SettlementReasons.InvalidLine;
        }
        return bet.Scope == BetScope.Player && bet.PlayerId is null && string.IsNullOrWhiteSpace(bet.PlayerName)
            ? SettlementReasons.MissingPlayer
            : null;
    }

    private static bool WithinLimits(Line line, MarketShape shape) => shape.IsCount
        ? line.Value is >= 0m and <= BetLimits.MaxCountLine
        : Math.Abs(line.Value) <= BetLimits.MaxHandicap;

    /// <summary>
    /// The bet against the match it is graded on: also the fixture id, and a player prop's player, who must be in a
    /// confirmed lineup (found by id, then by name).
    /// </summary>
    public static string? Validate(Bet bet, MatchDetails match) =>
        Validate(bet) ?? FixtureMismatch(bet, match) ?? UnknownPlayer(bet, match);

    /// <summary>A bet names another match; a bet without a fixture id (still being resolved) names none.</summary>
    internal static string? FixtureMismatch(Bet bet, MatchDetails match) =>
        bet.FixtureId is { } fixtureId && fixtureId != match.FixtureId ? SettlementReasons.FixtureMismatch : null;

    private static string? UnknownPlayer(Bet bet, MatchDetails match) =>
        bet.Scope == BetScope.Player && match.Lineup.IsKnown && PlayerFinder.Find(match.Lineup, bet) is null
            ? SettlementReasons.NotInSquad
            : null;
}
