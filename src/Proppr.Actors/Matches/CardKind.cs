namespace Proppr.Actors.Matches;

public enum CardKind
{
    Yellow,
    /// <summary>The red that follows a second yellow (FotMob sends a Yellow event, then a YellowRed one).</summary>
    SecondYellow,
    Red,
}
