namespace Proppr.Actors.Odds.Feed;

/// <summary>One market of one bookmaker as the provider sent it: its name (normalised, see <see cref="MarketNames"/>), time and prices.</summary>
public sealed record OddsMarket(string Name, DateTimeOffset? UpdatedAt, IReadOnlyList<OddsEntry> Entries);
