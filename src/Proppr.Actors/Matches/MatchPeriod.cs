namespace Proppr.Actors.Matches;

/// <summary>A period of play. Regulation time is the two halves; extra time and the shoot-out never count for bets.</summary>
public enum MatchPeriod
{
    FirstHalf,
    SecondHalf,
    FirstExtraHalf,
    SecondExtraHalf,
    PenaltyShootout,
}

public static class MatchPeriodExtensions
{
    public static bool IsRegulation(this MatchPeriod period) =>
        period is MatchPeriod.FirstHalf or MatchPeriod.SecondHalf;
}
