namespace Proppr.Actors.Odds.Feed;

/// <summary>One element of a REST odds response (<c>/odds</c>, <c>/odds/multi</c>, <c>/odds/updated</c>): the event and each bookmaker's markets.</summary>
public sealed record EventOdds(OddsEvent Event, IReadOnlyList<BookmakerMarkets> Bookmakers);
