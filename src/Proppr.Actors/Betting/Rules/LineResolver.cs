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
        Resolve(line, stakeLine => selection == Selection.Over ? count - stakeLine : stakeLine - count);

    /// <summary>The selected team's goal margin with the line on that team added, against zero.</summary>
    public static Outcome Handicap(Line line, int margin) => Resolve(line, stakeLine => margin + stakeLine);

    /// <param name="edge">How far the selection is ahead on one stake line: positive wins, zero pushes.</param>
    private static Outcome Resolve(Line line, Func<decimal, decimal> edge)
    {
        var stakeLines = line.StakeLines;
        var wins = stakeLines.Count(l => edge(l) > 0m);
        var pushes = stakeLines.Count(l => edge(l) == 0m);
        // The two halves of a quarter line are half a unit apart, so a whole-number value can never win one and lose
        // the other: the halves that do not push all went the same way.
        return new Outcome(Won: wins > 0, VoidFactor: (decimal)pushes / stakeLines.Count, DeadHeatFactor: 1m);
    }
}
