namespace Proppr.Actors.Betting;

public enum Selection
{
    Over,
    Under,
    Home,
    Draw,
    Away,
    Yes,
    No,
}
