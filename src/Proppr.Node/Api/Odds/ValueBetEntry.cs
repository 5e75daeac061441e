using Proppr.Actors.Odds.Books;

namespace Proppr.Node.Api.Odds;

/// <summary>A value bet as the API and the stream show it: the price, the sharp book's fair price, the edge, until when.</summary>
public sealed record ValueBetEntry(
    long FixtureId, string Bookmaker, string Market, string Outcome, decimal? Line, string? Label,
    decimal Price, decimal FairPrice, decimal Edge, DateTimeOffset ExpiresAt)
{
    public static ValueBetEntry From(long fixtureId, ValueBet value) => new(
        fixtureId, value.Bookmaker, value.Key.Market, value.Key.Outcome, value.Key.Line, value.Key.Label,
        value.Price, value.FairPrice, value.Edge, value.ExpiresAt);
}
