namespace Proppr.Replay.Generation;

/// <summary>What a post-match stat correction changes.</summary>
public enum CorrectionKind
{
    /// <summary>A goal credited to another player of the same side (the shot goes with it).</summary>
    GoalReattributed,
    CornerAdded,
    CornerRemoved,
}
