namespace Proppr.Actors.Odds.Feed;

/// <summary>The two frame types that take markets away; the book stops offering them either way.</summary>
public enum EventRemoval
{
    /// <summary><c>deleted</c>: the match was removed.</summary>
    Deleted,

    /// <summary><c>no_markets</c>: the match exists but has no markets now.</summary>
    NoMarkets,
}
