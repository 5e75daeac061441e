namespace Proppr.Actors.Betting;

/// <summary>
/// A rule's verdict on a bet, before money: the outcome, the stat it used (<c>actual_value</c>) and the reason code
/// where the status alone does not say why. Rules answer null instead while the facts do not decide yet.
/// </summary>
internal sealed record Decision(Outcome Outcome, decimal? ActualValue, string? Reason)
{
    /// <summary>A line outcome: a whole push says <c>push</c>, a half result <c>quarter_line</c>.</summary>
    public static Decision Of(Outcome outcome, decimal? actualValue) =>
        new(outcome, actualValue, outcome.VoidFactor switch
        {
            0m => null,
            1m => SettlementReasons.Push,
            _ => SettlementReasons.QuarterLine,
        });

    public static Decision WonIf(bool won, decimal? actualValue) => new(won ? Outcome.Win : Outcome.Loss, actualValue, null);

    public static Decision Refund(string reason) => new(Outcome.Refund, null, reason);
}
