namespace Proppr.Actors.ReadModel;

/// <summary>
/// One move of a bet to another fixture (<see cref="Fixtures.BetsMoved"/>): where from, where to, why (a
/// <see cref="Fixtures.MoveReasons"/> code) and when, keyed by its journal position.
/// </summary>
public sealed record BetMoveRecord(long Offset, long FromFixtureId, long ToFixtureId, string Reason, DateTimeOffset MovedAt);
