using Proppr.Actors.Fixtures;
using Proppr.Actors.Odds;
using Proppr.Node.Api.Odds;

namespace Proppr.Node.Api.Fixtures;

/// <summary>
/// A fixture's current book in full (<c>GET /api/fixtures/{id}/book</c>): the team markets' prices (result, handicaps,
/// totals, team totals, corners, ...) and the player props' prices apart, each by market, line, label, outcome and
/// bookmaker, with the book's drops (newest first) and the value bets live now. Past drops and value bets, also of
/// fixtures that are gone, are in <c>/api/odds/drops</c> and <c>/api/odds/value</c>.
/// </summary>
public sealed record FixtureBookResponse(
    long FixtureId,
    string? OddsEventId,
    DateTimeOffset? Kickoff,
    IReadOnlyList<QuoteEntry> Team,
    IReadOnlyList<QuoteEntry> Player,
    IReadOnlyList<PriceDropEntry> Drops,
    IReadOnlyList<ValueBetEntry> ValueBets)
{
    public static FixtureBookResponse From(FixtureOddsView view)
    {
        var quotes = view.Quotes
            .OrderBy(q => q.Key.Market, StringComparer.Ordinal).ThenBy(q => q.Key.Line).ThenBy(q => q.Key.Label, StringComparer.Ordinal)
            .ThenBy(q => q.Key.Outcome, StringComparer.Ordinal).ThenBy(q => q.Bookmaker, StringComparer.Ordinal)
            .Select(QuoteEntry.From)
            .ToLookup(q => q.Market == MarketNames.PlayerProps);
        return new FixtureBookResponse(
            view.FixtureId, view.OddsEventId, view.Kickoff, [.. quotes[false]], [.. quotes[true]],
            [.. view.Drops.Reverse().Select(d => PriceDropEntry.From(view.FixtureId, d))],
            [.. view.ValueBets.Select(v => ValueBetEntry.From(view.FixtureId, v, foundAt: null))]);
    }
}
