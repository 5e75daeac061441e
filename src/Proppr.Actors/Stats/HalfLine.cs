namespace Proppr.Actors.Stats;

/// <summary>
/// The half line nearest an expected count: the x.5 line of its whole part (2.3 and 2.9 both give 2.5; a whole 3 sits
/// between 2.5 and 3.5 and goes up). A half line never pushes.
/// </summary>
public static class HalfLine
{
    public static decimal Nearest(decimal expected) => expected < 0 ? 0.5m : decimal.Floor(expected) + 0.5m;
}
