using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>A foul committed by a player of <see cref="Side"/> on an opponent.</summary>
public sealed record FoulFact(MatchTime Time, Side Side, long PlayerId, long FouledId) : IMatchFact;
