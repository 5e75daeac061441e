using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>
/// A goal. <see cref="Side"/> is the side credited; for an own goal <see cref="ScorerId"/> plays for the other side.
/// A goal that is not an own goal is also the scorer's shot on target.
/// </summary>
public sealed record GoalFact(MatchTime Time, Side Side, long ScorerId, long? AssistId, bool Penalty, bool OwnGoal, decimal ExpectedGoals)
    : IMatchFact;
