using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

public sealed record CornerFact(MatchTime Time, Side Side, long TakerId) : IMatchFact;
