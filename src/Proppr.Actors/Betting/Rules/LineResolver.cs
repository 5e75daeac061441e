namespace Proppr.Actors.Betting;

/// <summary>
/// Settles a value against a line (<c>spec/settlement-rules.md</c>, Lines). Each stake line (the line itself, or the
/// two neighbours of a quarter line, half the stake each) is won, pushed or lost on its own; a push on one half and a
/// win on the other is half won, a push and a loss half lost.
/// </summary>
internal static class LineResolver
{
    /// <summary>A count against a total: over wins when the count is above the line, under when it is below.</summary>
    public static Outcome Total(Line line, Selection selection, decimal count) =>
        Resolve(line, stakeLine => selection == Selection.Over ? count.CompareTo(stakeLine) : stakeLine.CompareTo(count));

    /// <summary>The selected team's goal margin with the line on that team added, against zero.</summary>
    public static Outcome Handicap(Line line, int margin) => Resolve(line, stakeLine => ((decimal)margin).CompareTo(-stakeLine));

    /// <param name="edge">
    /// Whether the selection is ahead on one stake line (positive wins, zero pushes), by comparison rather than
    /// subtraction so that no line, however absurd, overflows.
    /// </param>
    private static Outcome Resolve(Line line, Func<decimal, int> edge)
    {
        var stakeLines = line.StakeLines;
        var wins = stakeLines.Count(l => edge(l) > 0);
        var pushes = stakeLines.Count(l => edge(l) == 0);
        // The two halves of a quarter line are half a unit apart, so a whole-number value can never win one and lose
        // the other: the halves that do not push all went the same way.
        return new Outcome(Won: wins > 0, VoidFactor: (decimal)pushes / stakeLines.Count, DeadHeatFactor: 1m);
    }
}
