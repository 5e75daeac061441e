namespace Proppr.Actors.Matches;

/// <summary>
/// The provider says it has no such match (HTTP 404): unlike an outage, asking again will not help for long, so a
/// fixture that keeps hearing it looks for its match again (<see cref="Fixtures.FixtureSettings.RelocateAfter"/>).
/// </summary>
public sealed class MatchNotFoundException(string message) : MatchDataUnavailableException(message);
