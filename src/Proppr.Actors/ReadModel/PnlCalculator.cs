using Proppr.Actors.Betting;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// The arithmetic of P&amp;L reports. What counts:
/// <list type="bullet">
/// <item>Pending bets have no result yet and rejected ones were never valid bets: both are left out entirely.</item>
/// <item>Refunds (voids, and pushes on whole lines) count in <see cref="PnlFigures.Count"/>, stake and returns (the
/// stake went out and came back), so they dilute ROI, but not in the win rate.</item>
/// <item>Win rate = wins / (wins + losses), where a half win is a win and a half loss a loss (the sign of the profit).</item>
/// <item>ROI = profit / stake. Average CLV over the bets that have one.</item>
/// <item>A row whose money no accepted bet can have (<see cref="BetLimits.IsCountableMoney"/>, journaled before the
/// limits) is left out, so the sums cannot overflow and one such row cannot break every report over its window.</item>
/// </list>
/// </summary>
public static class PnlCalculator
{
    private const int RatioDecimals = 4;

    public static PnlReport Report(IEnumerable<PnlEntry> entries)
    {
        var counted = entries
            .Where(entry => OutcomeOf(entry.Status) is not Outcome.NotCounted && BetLimits.IsCountableMoney(entry.Stake, entry.Returns, entry.ProfitLoss))
            .Select(entry => entry.Clv is { } clv && Math.Abs(clv) > BetLimits.MaxOdds ? entry with { Clv = null } : entry)
            .ToList();
        var groups = counted
            .GroupBy(entry => entry.Key)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new PnlGroup(group.Key, Figures(group.ToList())));
        return new PnlReport(Figures(counted), [.. groups]);
    }

    private static PnlFigures Figures(IReadOnlyCollection<PnlEntry> entries)
    {
        var wins = entries.Count(entry => OutcomeOf(entry.Status) is Outcome.Win);
        var losses = entries.Count(entry => OutcomeOf(entry.Status) is Outcome.Loss);
        var stake = entries.Sum(entry => entry.Stake);
        var profit = entries.Sum(entry => entry.ProfitLoss);
        var clvs = entries.Where(entry => entry.Clv is not null).Select(entry => entry.Clv!.Value).ToList();
        return new PnlFigures(
            Count: entries.Count,
            Wins: wins,
            Losses: losses,
            Voids: entries.Count - wins - losses,
            Stake: stake,
            Returns: entries.Sum(entry => entry.Returns),
            Profit: profit,
            Roi: Ratio(profit, stake),
            WinRate: Ratio(wins, wins + losses),
            AverageClv: Ratio(clvs.Sum(), clvs.Count));
    }

    private static decimal? Ratio(decimal numerator, decimal denominator) =>
        denominator == 0m ? null : Math.Round(numerator / denominator, RatioDecimals, MidpointRounding.AwayFromZero);

    private static Outcome OutcomeOf(SettlementStatus status) => status switch
    {
        SettlementStatus.Won or SettlementStatus.HalfWon => Outcome.Win,
        SettlementStatus.Lost or SettlementStatus.HalfLost => Outcome.Loss,
        SettlementStatus.Refund => Outcome.Void,
        SettlementStatus.Pending or SettlementStatus.Rejected => Outcome.NotCounted,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private enum Outcome
    {
        NotCounted,
        Win,
        Loss,
        Void,
    }
}
