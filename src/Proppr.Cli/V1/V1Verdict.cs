namespace Proppr.Cli.V1;

/// <summary>
/// What the old grader decided for a bet, in Proppr's settlement vocabulary (<c>half_win</c> is <c>half_won</c>, ...):
/// the history an imported bet keeps. Its money is not carried over: Proppr works it out from stake and odds.
/// </summary>
public sealed record V1Verdict(string Status, decimal? ActualValue, string? Reason, DateTimeOffset? SettledAt);
