using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

public sealed record SubstitutionFact(MatchTime Time, Side Side, long OnId, long OffId, bool Injury) : IMatchFact;
