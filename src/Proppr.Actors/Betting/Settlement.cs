using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// The outcome of grading one bet against one match-details payload, in the shape of <c>spec/bets.md</c>.
/// <see cref="Returns"/> and <see cref="ProfitLoss"/> are already rounded (half away from zero, 2 places).
/// </summary>
public sealed record Settlement
{
    public required string BetId { get; init; }
    public required SettlementStatus Status { get; init; }

    /// <summary>The stat the decision used; null when there is none.</summary>
    public decimal? ActualValue { get; init; }

    public decimal Returns { get; init; }
    public decimal ProfitLoss { get; init; }

    /// <summary>Short snake_case code where the status alone does not say why (<c>push</c>, <c>did_not_start</c>, ...).</summary>
    public string? Reason { get; init; }

    /// <summary>When it was decided (by the clock of the grader, not the wall).</summary>
    public DateTimeOffset? SettledAt { get; init; }

    /// <summary>The match status the decision was made in.</summary>
    public MatchStatus? FixtureState { get; init; }

    /// <summary>When this replaces an earlier settlement after a stat correction: that settlement.</summary>
    public Settlement? ResettledFrom { get; init; }

    public static Settlement Pending(string betId) => new() { BetId = betId, Status = SettlementStatus.Pending };

    public static Settlement Rejected(string betId, string reason) =>
        new() { BetId = betId, Status = SettlementStatus.Rejected, Reason = reason };

    /// <summary>
    /// Same decision: status, money and reason (timestamps and history aside). Used for exactly-once. The stat value
    /// is left out: an OVER won at three goals is not decided again when a fourth goes in.
    /// </summary>
    public bool SameDecisionAs(Settlement other) =>
        Status == other.Status && Returns == other.Returns && ProfitLoss == other.ProfitLoss && Reason == other.Reason;
}
