namespace Proppr.Actors.Matches.Resolution;

/// <summary>What another provider tells us about a match: its own id, the team names it uses and the kickoff.</summary>
public sealed record FixtureQuery(string ExternalId, string HomeTeam, string AwayTeam, DateTimeOffset Kickoff);
