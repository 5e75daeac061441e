namespace Proppr.Actors.Matches;

/// <summary>
/// A goal in play (never a shoot-out kick). <see cref="CreditedTo"/> is the side whose score went up, which for an
/// own goal is the scorer's opponent; <see cref="ScorerId"/> is the player who put it in (null when unknown).
/// </summary>
public sealed record GoalEvent(
    MatchTime Time,
    Side CreditedTo,
    long? ScorerId,
    string? ScorerName,
    bool OwnGoal,
    bool Penalty,
    long? AssistId)
{
    public MatchPeriod Period => Time.Period;
}
