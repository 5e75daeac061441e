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
    Finished,
    Postponed,
}
