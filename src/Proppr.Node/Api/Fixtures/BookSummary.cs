using Proppr.Actors.Fixtures;
using Proppr.Node.Api.Odds;

namespace Proppr.Node.Api.Fixtures;

/// <summary>
/// A fixture's odds at a glance: the provider's event, how many prices from which bookmakers and when the last came,
/// the drop count with the latest few, the live value bets, and how many bets have a closing line.
/// </summary>
public sealed record BookSummary(
    string? OddsEventId,
    int Quotes,
    IReadOnlyList<string> Bookmakers,
    DateTimeOffset? LastPriceAt,
    int Drops,
    IReadOnlyList<PriceDropEntry> RecentDrops,
    IReadOnlyList<ValueBetEntry> ValueBets,
    int ClosingLines)
{
    public const int RecentDropCount = 10;

    /// <summary>Null when the fixture has had no prices.</summary>
    public static BookSummary? From(FixtureOddsView view) => view.OddsEventId is null && view.Quotes.IsEmpty
        ? null
        : new BookSummary(
            view.OddsEventId,
            view.Quotes.Length,
            [.. view.Quotes.Select(q => q.Bookmaker).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            view.Quotes.IsEmpty ? null : view.Quotes.Max(q => q.SeenAt),
            view.Drops.Length,
            [.. view.Drops.TakeLast(RecentDropCount).Reverse().Select(d => PriceDropEntry.From(view.FixtureId, d))],
            [.. view.ValueBets.Select(v => ValueBetEntry.From(view.FixtureId, v, foundAt: null))],
            view.ClosingLines.Length);
}
