namespace Proppr.Actors.Matches;

/// <summary>
/// The bookings a squad member's lineup entry marks, with no minute (FotMob's <c>yellowCard</c>, <c>secondYellow</c>,
/// <c>redCard</c>): whether he was shown a yellow, and whether he was sent off (a second yellow is both).
/// </summary>
public readonly record struct CardMarks(bool Yellow, bool Red)
{
    public static readonly CardMarks None = default;
}
