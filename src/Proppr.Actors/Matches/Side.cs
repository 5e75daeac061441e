namespace Proppr.Actors.Matches;

/// <summary>Which team: the home side (FotMob's <c>teams[0]</c>) or the away side.</summary>
public enum Side
{
    Home,
    Away,
}

public static class SideExtensions
{
    public static Side Opponent(this Side side) => side == Side.Home ? Side.Away : Side.Home;
}
