using Proppr.Actors.Betting;

namespace Proppr.Cli;

/// <summary>
/// The settlement of one line of a bets file, with the line's number (counting blank lines, as an editor does) and,
/// for a rejection, a sentence that says what is wrong with it.
/// </summary>
public sealed record GradedLine(int LineNumber, Settlement Settlement, string? Problem = null);
