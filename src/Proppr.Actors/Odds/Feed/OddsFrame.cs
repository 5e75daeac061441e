namespace Proppr.Actors.Odds.Feed;

/// <summary>
/// One JSON object of a WebSocket frame, read (<see cref="OddsFrameParser"/>). A frame holds several, one per line.
/// The kinds: <see cref="WelcomeFrame"/>, <see cref="EventOddsFrame"/> (<c>created</c>, <c>updated</c>),
/// <see cref="EventRemovedFrame"/> (<c>deleted</c>, <c>no_markets</c>), <see cref="UnknownFrame"/> and
/// <see cref="MalformedFrame"/>.
/// </summary>
public abstract record OddsFrame;
