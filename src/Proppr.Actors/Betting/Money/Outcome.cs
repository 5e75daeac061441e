namespace Proppr.Actors.Betting;

/// <summary>
/// How a bet came out before money, in the one model that covers every football result (<c>spec/settlement-rules.md</c>,
/// Money): won or not, the part of the stake refunded (<see cref="VoidFactor"/> 0, ½ or 1) and the share of the stake
/// that runs when N selections tie (<see cref="DeadHeatFactor"/> 1/N).
/// </summary>
internal readonly record struct Outcome(bool Won, decimal VoidFactor, decimal DeadHeatFactor)
{
    public static readonly Outcome Win = new(true, 0m, 1m);
    public static readonly Outcome Loss = new(false, 0m, 1m);
    public static readonly Outcome Refund = new(false, 1m, 1m);

    public static Outcome DeadHeat(int tied) => Win with { DeadHeatFactor = 1m / tied };

    /// <summary>The outcome a final status stands for (no dead heat): what a settlement decided elsewhere pays.</summary>
    public static Outcome Of(SettlementStatus status) => status switch
    {
        SettlementStatus.Won => Win,
        SettlementStatus.Lost => Loss,
        SettlementStatus.Refund => Refund,
        SettlementStatus.HalfWon => Win with { VoidFactor = 0.5m },
        SettlementStatus.HalfLost => Loss with { VoidFactor = 0.5m },
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a final status"),
    };

    public SettlementStatus Status => VoidFactor switch
    {
        1m => SettlementStatus.Refund,
        0m => Won ? SettlementStatus.Won : SettlementStatus.Lost,
        _ => Won ? SettlementStatus.HalfWon : SettlementStatus.HalfLost,
    };
}
