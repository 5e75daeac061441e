namespace Proppr.Replay.Generation;

/// <summary>What a post-match stat correction changes.</summary>
public enum CorrectionKind
{
    /// <summary>A goal credited to another player of the same side (the shot goes with it).</summary>
    GoalReattributed,
    /// <summary>A goal ruled an own goal by an opponent: the score stands, the scorer loses it.</summary>
    OwnGoalRuled,
    /// <summary>An assist credited to a team-mate on the pitch, or struck off.</summary>
    AssistChanged,
    CornerAdded,
    CornerRemoved,
    /// <summary>A booking from the referee's report that the live feed missed.</summary>
    CardAdded,
    /// <summary>A booking rescinded after the match.</summary>
    CardRemoved,
    /// <summary>An off-target or blocked shot re-marked as saved: on target after all.</summary>
    ShotOnTarget,
}
