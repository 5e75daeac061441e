namespace Proppr.Actors.Odds;

/// <summary>
/// One priced outcome of a feed market: the market (<see cref="MarketNames"/>), the outcome (<see cref="OddsOutcomes"/>),
/// the line (<c>hdp</c> on the wire: the total, or the home side's handicap) and, for label markets such as player
/// props or correct score, the label. Decimal equality ignores trailing zeros, so a line of 2.5 and 2.50 is one key.
/// </summary>
public readonly record struct OddsKey(string Market, string Outcome, decimal? Line = null, string? Label = null);
