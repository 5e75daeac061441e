namespace Proppr.Actors.ReadModel.Screening;

/// <summary>
/// The thresholds of client screening (the node's <c>Screening</c> section). Fractions are fractions: a closing-line
/// value of 0.03 is +3 %; drop sizes are percent of the old price, as <see cref="Odds.Books.PriceDrop"/> has them.
/// </summary>
public sealed record ScreeningSettings
{
    public static readonly ScreeningSettings Default = new();

    /// <summary>Sharp: the average closing-line value of the client's bets with one is at least this...</summary>
    public decimal SharpAverageClv { get; init; } = 0.03m;

    /// <summary>...over at least this many such bets...</summary>
    public int SharpMinBets { get; init; } = 20;

    /// <summary>...placed within this many days up to and including the screened day.</summary>
    public int ClvWindowDays { get; init; } = 7;

    /// <summary>Drop chasing: a bet placed this soon after a price drop on its own selection follows the drop...</summary>
    public TimeSpan DropWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>...when the drop was at least this many percent of the old price...</summary>
    public decimal DropMinPercent { get; init; } = 2m;

    /// <summary>...and the client is flagged with at least this many such bets on the day...</summary>
    public int DropMinBets { get; init; } = 3;

    /// <summary>...making up at least this share of the day's bets the odds feed prices.</summary>
    public decimal DropMinShare { get; init; } = 0.25m;

    /// <summary>Stake escalation: the next bet after a loss stakes at least this many times the lost stake...</summary>
    public decimal EscalationFactor { get; init; } = 2m;

    /// <summary>...at least this many times on the day.</summary>
    public int EscalationMinCount { get; init; } = 2;

    /// <summary>Burst: at least this many bets...</summary>
    public int BurstMinBets { get; init; } = 10;

    /// <summary>...placed within this long.</summary>
    public TimeSpan BurstWindow { get; init; } = TimeSpan.FromMinutes(5);
}
