namespace Proppr.Actors.ReadModel.Screening;

/// <summary>One piece of what a flag rests on: the bets concerned and, in a sentence, what they did.</summary>
public sealed record FlagEvidence(IReadOnlyList<string> BetIds, string Detail);
