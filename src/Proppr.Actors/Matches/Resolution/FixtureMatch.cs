namespace Proppr.Actors.Matches.Resolution;

/// <summary>The chosen match and how alike its teams were (0 to 1).</summary>
public sealed record FixtureMatch(FixtureCandidate Candidate, double Score);
