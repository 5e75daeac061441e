namespace Proppr.Cli.V1;

/// <summary>
/// What the old grader decided for a bet, in Proppr's settlement vocabulary (<c>half_win</c> is <c>half_won</c>, ...):
/// the history an imported bet keeps.
/// </summary>
public sealed record V1Verdict(string Status, decimal? Returns, decimal? ProfitLoss, decimal? ActualValue, string? Reason, DateTimeOffset? SettledAt);
