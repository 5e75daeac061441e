using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

public sealed record OffsideFact(MatchTime Time, Side Side, long PlayerId) : IMatchFact;
