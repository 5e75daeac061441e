using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>One booking. A second yellow is its own booking (<see cref="CardKind.SecondYellow"/>) after an earlier yellow.</summary>
public sealed record CardFact(MatchTime Time, Side Side, long PlayerId, CardKind Kind) : IMatchFact
{
    public bool SendsOff => Kind != CardKind.Yellow;
}
