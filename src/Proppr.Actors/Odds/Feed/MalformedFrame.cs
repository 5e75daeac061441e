namespace Proppr.Actors.Odds.Feed;

/// <summary>An object of a frame that could not be read; the other objects of the same frame are unaffected.</summary>
public sealed record MalformedFrame(OddsParseError Error) : OddsFrame;
