namespace Proppr.Actors.Matches;

/// <summary>One team stat for both sides.</summary>
public readonly record struct SidePair(decimal Home, decimal Away)
{
    public static readonly SidePair Zero = new(0, 0);

    public decimal For(Side side) => side == Side.Home ? Home : Away;

    public decimal Total => Home + Away;

    public SidePair Plus(SidePair other) => new(Home + other.Home, Away + other.Away);
}
