namespace Proppr.Actors.Matches;

/// <summary>A shot from the provider's shot map; the source of per-period player shots. Shoot-out kicks are excluded.</summary>
public sealed record ShotEvent(MatchTime Time, MatchPeriod Period, Side Side, long PlayerId, bool OnTarget, bool IsGoal, bool OwnGoal);
