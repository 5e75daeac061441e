namespace Proppr.Actors.Matches;

/// <summary>
/// A moment on the match clock as providers write it: the minute, plus added (stoppage) minutes.
/// A goal at 90+5 is <c>Minute = 90, Added = 5</c>; it belongs to the second half, not to extra time.
/// </summary>
public readonly record struct MatchTime(int Minute, int Added = 0) : IComparable<MatchTime>
{
    /// <summary>The period this moment falls in, by the minute alone (shoot-out events are flagged separately).</summary>
    public MatchPeriod Period => Minute switch
    {
        <= 45 => MatchPeriod.FirstHalf,
        <= 90 => MatchPeriod.SecondHalf,
        <= 105 => MatchPeriod.FirstExtraHalf,
        <= 120 => MatchPeriod.SecondExtraHalf,
        _ => MatchPeriod.PenaltyShootout,
    };

    public int CompareTo(MatchTime other) =>
        Minute != other.Minute ? Minute.CompareTo(other.Minute) : Added.CompareTo(other.Added);

    public static bool operator <(MatchTime left, MatchTime right) => left.CompareTo(right) < 0;
    public static bool operator >(MatchTime left, MatchTime right) => left.CompareTo(right) > 0;
    public static bool operator <=(MatchTime left, MatchTime right) => left.CompareTo(right) <= 0;
    public static bool operator >=(MatchTime left, MatchTime right) => left.CompareTo(right) >= 0;

    public override string ToString() => Added > 0 ? $"{Minute}+{Added}'" : $"{Minute}'";
}
