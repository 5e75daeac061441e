using System.Diagnostics;
using Proppr.Actors.Betting;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.ReadModel.Screening;

namespace Proppr.Bench;

/// <summary>
/// Issue 15: a day of 100k bets for one client, screened by every rule (the endpoint's work after its read), half of
/// them settled losses and priced against a full drop history: the escalation rule was quadratic (92k bets took 144 s).
/// </summary>
public sealed class ScreeningScenario : IScenario
{
    public string Name => "screening";

    public Task<IReadOnlyList<Figure>> RunAsync(BenchOptions options)
    {
        var day = new DateOnly(2025, 8, 18);
        var start = new DateTimeOffset(2025, 8, 18, 0, 0, 0, TimeSpan.Zero);
        var key = new OddsKey(MarketNames.Totals, OddsOutcomes.Over, 2.5m);
        var random = new Random(15);
        var bets = Enumerable.Range(0, options.ScreeningBets).Select(i =>
        {
            var placed = start.AddMilliseconds(random.NextInt64(0, 86_000_000));
            var lost = i % 2 == 0;
            return new ScreenedBet($"s-{i}", "whale", i % 10, key, 2m, random.Next(1, 100), placed,
                lost ? SettlementStatus.Lost : SettlementStatus.Won, placed.AddMinutes(random.Next(1, 120)), 0.01m);
        }).ToArray();
        var drops = Enumerable.Range(0, 10).ToDictionary(
            fixture => (long)fixture,
            fixture => (IReadOnlyList<PriceDrop>)[.. Enumerable.Range(0, 200).Select(n =>
                new PriceDrop("Pinnacle", key, 2.1m, 2.0m, 4.76m, start.AddMinutes(n * 7)))]);
        var screener = new ClientScreener(ScreeningSettings.Default);
        screener.Screen(day, bets[..Math.Min(1000, bets.Length)], drops, 0);
        var clock = Stopwatch.StartNew();
        var report = screener.Screen(day, bets, drops, 0);
        var seconds = clock.Elapsed.TotalSeconds;
        return Task.FromResult<IReadOnlyList<Figure>>(
        [
            new Figure(Name, $"one client's day of {report.Clients.Single().Bets} bets", seconds, "s", Target: "< 1 s"),
        ]);
    }
}
