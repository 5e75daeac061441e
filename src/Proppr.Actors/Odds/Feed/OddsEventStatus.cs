namespace Proppr.Actors.Odds.Feed;

/// <summary>
/// An event's state in REST's words (<c>pending</c>, <c>live</c>, <c>settled</c>, <c>cancelled</c>); the WebSocket's
/// <c>prematch</c> is <see cref="Pending"/>. Anything else is <see cref="Unknown"/>.
/// </summary>
public enum OddsEventStatus
{
    Unknown,
    Pending,
    Live,
    Settled,
    Cancelled,
}
