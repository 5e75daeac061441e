using Proppr.Actors.Betting;

namespace Proppr.Cli;

/// <summary>
/// The settlement of one line of a bets file, with the line's number (counting blank lines, as an editor does) and a
/// sentence for the person grading: what is wrong with a rejected line, or what to know about how a bet was graded.
/// </summary>
public sealed record GradedLine(int LineNumber, Settlement Settlement, string? Problem = null);
