namespace Proppr.Actors.Betting;

/// <summary>When a player prop stands: the player must start, or take any part.</summary>
public enum VoidRule
{
    Starter,
    Appearance,
}
