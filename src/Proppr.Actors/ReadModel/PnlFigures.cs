namespace Proppr.Actors.ReadModel;

/// <summary>
/// The P&amp;L of a set of bets (see <see cref="PnlCalculator"/> for what counts). Ratios are fractions (0.125 is
/// 12.5 %), rounded half away from zero to 4 places, and null when there is nothing to divide by.
/// </summary>
public sealed record PnlFigures(
    int Count,
    int Wins,
    int Losses,
    int Voids,
    decimal Stake,
    decimal Returns,
    decimal Profit,
    decimal? Roi,
    decimal? WinRate,
    decimal? AverageClv);
