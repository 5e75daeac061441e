namespace Proppr.Cli;

/// <summary>What <c>proppr grade</c> was asked: the match payload (null when none was named), the bets (a path, or <c>-</c> for standard input), the default participation rule and the time to grade at.</summary>
public sealed record GradeRequest(FileInfo? MatchFile, string BetsPath, string VoidRule, DateTimeOffset Now);
