using Proppr.Actors.Odds.Books;

namespace Proppr.Node.Api.Odds;

/// <summary>
/// A value bet as the API and the stream show it: the price, the sharp book's fair price, the edge, when it was found
/// and until when it holds. A fixture's live book does not keep when it found its value bets: there
/// <see cref="FoundAt"/> is null.
/// </summary>
public sealed record ValueBetEntry(
    long FixtureId, string Bookmaker, string Market, string Outcome, decimal? Line, string? Label,
    decimal Price, decimal FairPrice, decimal Edge, DateTimeOffset? FoundAt, DateTimeOffset ExpiresAt)
{
    public static ValueBetEntry From(long fixtureId, ValueBet value, DateTimeOffset? foundAt) => new(
        fixtureId, value.Bookmaker, value.Key.Market, value.Key.Outcome, value.Key.Line, value.Key.Label,
        value.Price, value.FairPrice, value.Edge, foundAt, value.ExpiresAt);
}
