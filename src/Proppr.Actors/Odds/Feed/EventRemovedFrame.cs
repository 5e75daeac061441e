namespace Proppr.Actors.Odds.Feed;

/// <summary>
/// <c>deleted</c> or <c>no_markets</c> for an event: for one bookmaker when the frame names one (<c>bookie</c>),
/// else for every bookmaker.
/// </summary>
public sealed record EventRemovedFrame(
    EventRemoval Removal,
    string EventId,
    string? Bookmaker,
    DateTimeOffset? Timestamp,
    long? Seq) : OddsFrame;
