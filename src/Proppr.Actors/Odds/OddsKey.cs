namespace Proppr.Actors.Odds;

/// <summary>
/// One priced outcome of a feed market: the market (<see cref="MarketNames"/>), the outcome (<see cref="OddsOutcomes"/>),
/// the line (<c>hdp</c> on the wire: the total, or the home side's handicap) and, for label markets such as player
/// props or correct score, the label. Decimal equality ignores trailing zeros, so a line of 2.5 and 2.50 is one key.
/// </summary>
public readonly record struct OddsKey(string Market, string Outcome, decimal? Line = null, string? Label = null)
{
    /// <summary>
    /// The outcomes that together make one book to take the margin out of (<see cref="NoVig"/>): the same market,
    /// line and label, except for single-price label markets (correct score), where every label is one outcome of
    /// the same book.
    /// </summary>
    public OddsKey OutcomeSet => Outcome == OddsOutcomes.Price ? this with { Outcome = "", Label = null } : this with { Outcome = "" };

    public override string ToString() =>
        string.Join(' ', new[] { Market, Label, Line?.ToString(System.Globalization.CultureInfo.InvariantCulture), Outcome }
            .Where(part => !string.IsNullOrEmpty(part)));
}
