using System.Globalization;
using System.Text.Json;
using Proppr.Actors.Betting;
using Proppr.Node.Api;
using Proppr.Node.Api.Reports;

namespace Proppr.Node.Demo;

/// <summary>
/// The end-of-day summary: every generated bet by its final status (<c>pending</c> if still open, the intake's answer
/// if it never got in), and the node's P&amp;L report by source for the bets settled on the day (the node settles on
/// the replay's clock) or the day after (the last correction checks), and how many bets went through each of the
/// <see cref="HardPaths"/>.
/// </summary>
public sealed record DemoReport(IReadOnlyDictionary<string, int> Statuses, PnlResponse Pnl, IReadOnlyDictionary<string, int> Paths)
{
    public static async Task<DemoReport> BuildAsync(
        HttpClient node, DemoDay demoDay, BetFeeder feeder, SettlementTracker settlements, IReadOnlySet<string> waitingForPostponedMatch,
        CancellationToken cancellationToken)
    {
        var (bets, day) = (demoDay.Bets, demoDay.Day.Date);
        var statuses = bets
            .Select(bet => settlements.Latest.TryGetValue(bet.BetId, out var settlement) ? settlement.Status
                : waitingForPostponedMatch.Contains(bet.BetId) ? WaitingForPostponedMatch
                : feeder.Answers.TryGetValue(bet.BetId, out var answer) && answer is "rejected" or "unavailable" ? "not tracked: " + answer
                : "pending")
            .GroupBy(status => status, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ContractJson.Configure(options);
        var pnl = await node.GetFromJsonAsync<PnlResponse>(
            string.Create(CultureInfo.InvariantCulture, $"api/reports/pnl?from={day:yyyy-MM-dd}&to={day.AddDays(2):yyyy-MM-dd}&by=source"),
            options, cancellationToken);
        var paths = bets
            .SelectMany(bet => HardPaths.Of(bet, demoDay.MatchOf(bet), settlements.Latest.GetValueOrDefault(bet.BetId), settlements.Resettled.Contains(bet.BetId)))
            .GroupBy(path => path, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        return new DemoReport(statuses, pnl!, paths);
    }

    /// <summary>How soon the in-play decisions followed their facts; null until measured.</summary>
    public DecisionDelays? Delays { get; init; }

    /// <summary>The summary's status for bets the rules keep pending while their postponed match may still be played.</summary>
    public const string WaitingForPostponedMatch = "pending: postponed";

    /// <summary>Bets the day should have decided and did not (those waiting for a postponed match are not).</summary>
    public int Undecided => Statuses.Where(s => s.Key is not ("refund" or WaitingForPostponedMatch) && !IsResult(s.Key)).Sum(s => s.Value);

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Settlements ({Statuses.Values.Sum()} bets)");
        foreach (var (status, count) in Statuses)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {status,-22} {count,6}"));
        }
        output.WriteLine();
        output.WriteLine("Hard paths (bets through each)");
        foreach (var (path, count) in Paths)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {path,-40} {count,6}"));
        }
        output.WriteLine();
        output.WriteLine("Bettors' P&L by source (the day's bets)");
        output.WriteLine($"  {"source",-10} {"bets",6} {"won",6} {"lost",6} {"void",6} {"stake",12} {"returns",12} {"profit",12} {"roi",8}");
        foreach (var group in Pnl.Groups)
        {
            Row(output, group.Key ?? "(none)", group.Figures);
        }
        Row(output, "total", Pnl.Total);
        Delays?.Print(output);
    }

    private static bool IsResult(string status) => status is "won" or "lost" or "half_won" or "half_lost";

    private static void Row(TextWriter output, string key, Proppr.Actors.ReadModel.PnlFigures f) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {key,-10} {f.Count,6} {f.Wins,6} {f.Losses,6} {f.Voids,6} {f.Stake,12:N2} {f.Returns,12:N2} {f.Profit,12:N2} {f.Roi,8:P1}"));
}
