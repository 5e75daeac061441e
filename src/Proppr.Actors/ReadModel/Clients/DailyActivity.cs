using Proppr.Actors.Betting;
using Proppr.Actors.ReadModel.Screening;

namespace Proppr.Actors.ReadModel.Clients;

/// <summary>
/// A day's activity snapshot, as BetMonitor's daily report: one row per client and source, clients by name and the
/// bets that named no client last. Rejected bets were never valid bets and are left out; settled money counts by
/// <see cref="PnlCalculator"/>'s rule, so the rows add up to the day's P&amp;L of the same bets.
/// </summary>
public static class DailyActivity
{
    /// <param name="dayBets">The bets placed on <paramref name="day"/>.</param>
    /// <param name="screening">The day's screening, whose flags each client's rows carry.</param>
    public static IReadOnlyList<ActivityRow> Rows(
        DateOnly day, IEnumerable<BetRecord> dayBets, ScreeningReport screening, IEnumerable<ClientCategory> categories)
    {
        var flags = screening.Clients.ToDictionary(
            client => client.Client, client => (IReadOnlyList<FlagKind>)[.. client.Flags.Select(flag => flag.Kind).Distinct().Order()], StringComparer.Ordinal);
        var categoryOf = categories.ToDictionary(entry => entry.Client, entry => entry.Category, StringComparer.Ordinal);
        return
        [
            .. dayBets
                .Where(bet => bet.Status != SettlementStatus.Rejected)
                .GroupBy(bet => (Client: string.IsNullOrWhiteSpace(bet.Client) ? null : bet.Client, bet.Source))
                .OrderBy(group => group.Key.Client is null)
                .ThenBy(group => group.Key.Client, StringComparer.Ordinal)
                .ThenBy(group => group.Key.Source, StringComparer.Ordinal)
                .Select(group =>
                {
                    var (client, source) = group.Key;
                    var settled = PnlCalculator.Report(group.Select(bet => new PnlEntry(null, bet.Status, bet.Stake, bet.Returns, bet.ProfitLoss, bet.Clv))).Total;
                    return new ActivityRow(
                        day,
                        client,
                        client is null ? null : categoryOf.GetValueOrDefault(client),
                        source,
                        group.Count(),
                        group.Count(bet => bet.Status == SettlementStatus.Pending),
                        group.Sum(bet => bet.Stake),
                        settled.Wins,
                        settled.Losses,
                        settled.Voids,
                        settled.Profit,
                        client is null ? [] : flags.GetValueOrDefault(client, []));
                }),
        ];
    }
}
