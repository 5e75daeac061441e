namespace Proppr.Actors.Matches;

/// <summary>Goals of each side at some moment or over some stretch of a match.</summary>
public readonly record struct Score(int Home, int Away)
{
    public static readonly Score Nil = new(0, 0);

    public int For(Side side) => side == Side.Home ? Home : Away;

    /// <summary>The given side's goals minus its opponent's.</summary>
    public int MarginFor(Side side) => For(side) - For(side.Opponent());

    public Score Plus(Score other) => new(Home + other.Home, Away + other.Away);

    public Score Minus(Score other) => new(Home - other.Home, Away - other.Away);

    public Score Add(Side side, int goals = 1) =>
        side == Side.Home ? this with { Home = Home + goals } : this with { Away = Away + goals };

    public override string ToString() => $"{Home}-{Away}";
}
