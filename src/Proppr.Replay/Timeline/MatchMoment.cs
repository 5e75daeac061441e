using Proppr.Actors.Matches;

namespace Proppr.Replay.Timeline;

/// <summary>
/// A match at one instant of the replay: its phase, the clock while in play, the last minute whose facts are out
/// (<see cref="Cutoff"/>, null before kickoff) and whether the post-match correction has been published.
/// </summary>
public sealed record MatchMoment(MatchPhase Phase, MatchTime? Clock, MatchTime? Cutoff, bool Corrected, DateTimeOffset At)
{
    public bool Started => Phase is MatchPhase.FirstHalf or MatchPhase.HalfTime or MatchPhase.SecondHalf or MatchPhase.Finished;

    public bool InPlay => Phase is MatchPhase.FirstHalf or MatchPhase.HalfTime or MatchPhase.SecondHalf;

    public bool LineupsKnown => Phase != MatchPhase.Scheduled && Phase != MatchPhase.Postponed;

    /// <summary>Minutes of the 90 that have been played (stoppage time counts as the half's last minute).</summary>
    public int MinutesPlayed => Cutoff is { } cutoff ? Math.Min(cutoff.Minute, 90) : 0;
}
