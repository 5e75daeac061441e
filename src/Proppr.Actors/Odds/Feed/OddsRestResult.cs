namespace Proppr.Actors.Odds.Feed;

/// <summary>What a REST response held: the items that could be read, and one error for each part that could not.</summary>
public sealed record OddsRestResult<T>(IReadOnlyList<T> Items, IReadOnlyList<OddsParseError> Errors);
