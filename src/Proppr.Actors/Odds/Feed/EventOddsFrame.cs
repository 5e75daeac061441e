namespace Proppr.Actors.Odds.Feed;

/// <summary>
/// <c>created</c> or <c>updated</c>: one event × one bookmaker with its markets. <see cref="Timestamp"/> is the
/// frame's own (ISO text or epoch on the wire); <see cref="Seq"/> is kept when a server sends one (unofficial).
/// </summary>
public sealed record EventOddsFrame(
    EventOddsChange Change,
    string EventId,
    BookmakerMarkets Odds,
    DateTimeOffset? Timestamp,
    long? Seq) : OddsFrame;
