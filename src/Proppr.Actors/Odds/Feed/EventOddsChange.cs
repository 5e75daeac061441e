namespace Proppr.Actors.Odds.Feed;

/// <summary>The two frame types that carry markets; both replace what the book holds for the event and bookmaker.</summary>
public enum EventOddsChange
{
    /// <summary><c>created</c>: a new match.</summary>
    Created,

    /// <summary><c>updated</c>: a match or market changed.</summary>
    Updated,
}
