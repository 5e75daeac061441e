namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// FotMob's period names. Team stats and the shot map spell extra time differently (<c>FirstExtraHalf</c> and
/// <c>FirstHalfExtra</c>), so both spellings are accepted. <c>All</c> is the whole match, not a period.
/// </summary>
internal static class FotMobPeriodNames
{
    public const string WholeMatch = "All";

    public static MatchPeriod? Parse(string? name) => name switch
    {
        "FirstHalf" => MatchPeriod.FirstHalf,
        "SecondHalf" => MatchPeriod.SecondHalf,
        "FirstExtraHalf" or "FirstHalfExtra" => MatchPeriod.FirstExtraHalf,
        "SecondExtraHalf" or "SecondHalfExtra" => MatchPeriod.SecondExtraHalf,
        "PenaltyShootout" => MatchPeriod.PenaltyShootout,
        _ => null,
    };
}
