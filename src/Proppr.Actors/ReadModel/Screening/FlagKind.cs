namespace Proppr.Actors.ReadModel.Screening;

/// <summary>The screening rules, one flag each.</summary>
public enum FlagKind
{
    /// <summary>Average closing-line value above the threshold over enough bets (<see cref="SharpClvRule"/>).</summary>
    SharpClosingLine,

    /// <summary>Bets clustered just after price drops on the same selection (<see cref="DropChasingRule"/>).</summary>
    DropChasing,

    /// <summary>Stakes raised right after losses (<see cref="StakeEscalationRule"/>).</summary>
    StakeEscalation,

    /// <summary>Many bets in a short time (<see cref="BetBurstRule"/>).</summary>
    BetBurst,
}
