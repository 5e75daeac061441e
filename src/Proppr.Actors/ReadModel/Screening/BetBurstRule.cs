using System.Globalization;

namespace Proppr.Actors.ReadModel.Screening;

/// <summary>
/// Risky play, sudden bursts: at least <see cref="ScreeningSettings.BurstMinBets"/> bets placed within
/// <see cref="ScreeningSettings.BurstWindow"/> on the day. Overlapping bursts are one burst, its evidence every bet in it.
/// </summary>
public sealed class BetBurstRule(ScreeningSettings settings) : IScreeningRule
{
    public ScreeningFlag? Check(ClientActivity activity)
    {
        var bets = activity.DayBets.OrderBy(bet => bet.PlacedAt).ToArray();
        var bursts = new List<(int First, int Last)>();
        var end = 0;
        for (var start = 0; start < bets.Length; start++)
        {
            end = Math.Max(end, start);
            while (end + 1 < bets.Length && bets[end + 1].PlacedAt - bets[start].PlacedAt <= settings.BurstWindow)
            {
                end++;
            }
            if (end - start + 1 < settings.BurstMinBets)
            {
                continue;
            }
            if (bursts.Count > 0 && bursts[^1].Last >= start)
            {
                bursts[^1] = (bursts[^1].First, end);
            }
            else
            {
                bursts.Add((start, end));
            }
        }
        if (bursts.Count == 0)
        {
            return null;
        }
        var largest = bursts.Max(burst => burst.Last - burst.First + 1);
        return new ScreeningFlag(
            FlagKind.BetBurst,
            ScreeningCategory.Risky,
            $"{bursts.Count} burst(s) of at least {settings.BurstMinBets} bets within {settings.BurstWindow.TotalMinutes:0.#} min; largest {largest} bets",
            new Dictionary<string, decimal>
            {
                ["bursts"] = bursts.Count,
                ["largest_burst"] = largest,
                ["min_bets"] = settings.BurstMinBets,
            },
            [.. bursts.Select(burst => Describe(bets[burst.First..(burst.Last + 1)]))]);
    }

    private static FlagEvidence Describe(ScreenedBet[] burst) => new(
        [.. burst.Select(bet => bet.BetId)],
        string.Create(CultureInfo.InvariantCulture,
            $"{burst.Length} bets from {burst[0].PlacedAt.UtcDateTime:HH:mm:ss} to {burst[^1].PlacedAt.UtcDateTime:HH:mm:ss} UTC, staking {burst.Sum(bet => bet.Stake)}"));
}
