namespace Proppr.Actors.Odds.Feed;

/// <summary>A well-formed object of a type this code does not know (<c>score</c>, <c>status</c>, …): to be counted and ignored.</summary>
public sealed record UnknownFrame(string Type, string Excerpt) : OddsFrame;
