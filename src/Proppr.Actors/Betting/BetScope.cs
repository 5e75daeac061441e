namespace Proppr.Actors.Betting;

/// <summary>Whose stat a bet is on: both teams together, one team, or one player.</summary>
public enum BetScope
{
    Match,
    Home,
    Away,
    Player,
}
