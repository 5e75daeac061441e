using Proppr.Actors.Matches;

namespace Proppr.Replay.Timeline;

/// <summary>
/// A match at one instant of the replay: its phase, the clock while in play, the last minute whose facts are out
/// (<see cref="Cutoff"/>, null before kickoff) and whether the post-match correction has been published.
/// </summary>
public sealed record MatchMoment(MatchPhase Phase, MatchTime? Clock, MatchTime? Cutoff, bool Corrected, DateTimeOffset At)
{
    public bool Started => InPlay || Phase is MatchPhase.Finished or MatchPhase.Abandoned;

    public bool InPlay => Phase is MatchPhase.FirstHalf or MatchPhase.HalfTime or MatchPhase.SecondHalf or MatchPhase.ExtraTime
        or MatchPhase.PenaltyShootout;

    /// <summary>The 90 minutes and their stoppage time are over, whatever followed.</summary>
    public bool RegulationOver => Phase is MatchPhase.ExtraTime or MatchPhase.PenaltyShootout or MatchPhase.Finished;

    /// <summary>The half-time whistle has gone (an abandoned match counts if it was stopped in the second half).</summary>
    public bool FirstHalfOver => RegulationOver || Phase is MatchPhase.HalfTime or MatchPhase.SecondHalf
        || (Phase == MatchPhase.Abandoned && Cutoff is { Minute: > 45 });

    /// <summary>No more play will come: full time, or the match abandoned.</summary>
    public bool Over => Phase is MatchPhase.Finished or MatchPhase.Abandoned;

    public bool LineupsKnown => Phase != MatchPhase.Scheduled && Phase != MatchPhase.Postponed;

    /// <summary>Minutes of the 90 that have been played (stoppage time counts as the half's last minute).</summary>
    public int MinutesPlayed => Cutoff is { } cutoff ? Math.Min(cutoff.Minute, 90) : 0;
}
