namespace Proppr.Actors.Matches;

/// <summary>Where a match stands. Provider-neutral: FotMob's <c>finished</c> flag alone never decides this.</summary>
public enum MatchStatus
{
    NotStarted,
    Live,
    HalfTime,
    Finished,
    Postponed,
    Cancelled,
    Abandoned,
}

public static class MatchStatusExtensions
{
    public static bool IsInPlay(this MatchStatus status) => status is MatchStatus.Live or MatchStatus.HalfTime;

    /// <summary>Postponed, cancelled or abandoned: the match was not (fully) played.</summary>
    public static bool IsCalledOff(this MatchStatus status) =>
        status is MatchStatus.Postponed or MatchStatus.Cancelled or MatchStatus.Abandoned;

    public static bool HasStarted(this MatchStatus status) =>
        status is MatchStatus.Live or MatchStatus.HalfTime or MatchStatus.Finished or MatchStatus.Abandoned;
}
