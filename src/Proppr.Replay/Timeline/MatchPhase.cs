namespace Proppr.Replay.Timeline;

/// <summary>Where a replayed match stands at an instant.</summary>
public enum MatchPhase
{
    /// <summary>Before the lineups are out (more than an hour before kickoff).</summary>
    Scheduled,
    /// <summary>Lineups published, not kicked off.</summary>
    LineupsOut,
    FirstHalf,
    HalfTime,
    SecondHalf,
    /// <summary>A cup tie's extra time, breaks included: regulation is over, the 90-minute facts stand.</summary>
    ExtraTime,
    PenaltyShootout,
    Finished,
    Postponed,
    /// <summary>Stopped for good at a minute (<see cref="Generation.MatchQuirks.AbandonedAt"/>).</summary>
    Abandoned,
}
