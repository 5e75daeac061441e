namespace Proppr.Replay.Generation;

/// <summary>How a shot that did not score ended (goals are <see cref="GoalFact"/>s).</summary>
public enum ShotOutcome
{
    /// <summary>On target, saved by the keeper.</summary>
    Saved,
    OffTarget,
    /// <summary>Blocked by an outfield defender: neither on nor off target in FotMob's counts.</summary>
    Blocked,
}
