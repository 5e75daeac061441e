using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>A shot that did not score.</summary>
public sealed record ShotFact(MatchTime Time, Side Side, long PlayerId, ShotOutcome Outcome, decimal ExpectedGoals) : IMatchFact;
