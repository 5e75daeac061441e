namespace Proppr.Actors.Matches;

public sealed record SubstitutionEvent(MatchTime Time, Side Side, long? PlayerOnId, long? PlayerOffId);
