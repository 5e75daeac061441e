namespace Proppr.Actors.ReadModel.Screening;

/// <summary>
/// A rule that fired for a client: its category, a one-line summary, the figures compared with the thresholds
/// (by name, e.g. <c>average_clv</c>), and the evidence, bet by bet or group by group.
/// </summary>
public sealed record ScreeningFlag(
    FlagKind Kind,
    ScreeningCategory Category,
    string Summary,
    IReadOnlyDictionary<string, decimal> Figures,
    IReadOnlyList<FlagEvidence> Evidence);
