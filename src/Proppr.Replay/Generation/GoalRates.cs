namespace Proppr.Replay.Generation;

/// <summary>Each side's expected goals for a fixture: drives the goals drawn, the shots and corners, and the odds.</summary>
public sealed record GoalRates(double Home, double Away)
{
    public double Total => Home + Away;
}
