namespace Proppr.Replay.Generation;

/// <summary>A fact changed after full time, published <see cref="Delay"/> (match time) after the final whistle.</summary>
public sealed record StatCorrection(CorrectionKind Kind, TimeSpan Delay, string Description, MatchFacts Corrected);
