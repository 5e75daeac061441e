using System.Globalization;

namespace Proppr.Actors.ReadModel.Screening;

/// <summary>
/// Sharp play: over the look-back window, the client's bets beat the closing price on average by at least
/// <see cref="ScreeningSettings.SharpAverageClv"/>, over at least <see cref="ScreeningSettings.SharpMinBets"/> bets
/// with a closing line. Fewer bets prove nothing either way, so they are not judged.
/// </summary>
public sealed class SharpClvRule(ScreeningSettings settings) : IScreeningRule
{
    public ScreeningFlag? Check(ClientActivity activity)
    {
        var priced = activity.Bets.Where(bet => bet.Clv is not null).ToArray();
        if (priced.Length < settings.SharpMinBets || priced.Length == 0)
        {
            return null;
        }
        var average = Math.Round(priced.Average(bet => bet.Clv!.Value), 4, MidpointRounding.AwayFromZero);
        if (average < settings.SharpAverageClv)
        {
            return null;
        }
        var beat = priced.Count(bet => bet.Clv > 0m);
        var from = DateOnly.FromDateTime(priced[0].PlacedAt.UtcDateTime);
        return new ScreeningFlag(
            FlagKind.SharpClosingLine,
            ScreeningCategory.Sharp,
            $"average closing-line value {Percent(average)} over {priced.Length} bets (threshold {Percent(settings.SharpAverageClv)})",
            new Dictionary<string, decimal>
            {
                ["bets_with_clv"] = priced.Length,
                ["average_clv"] = average,
                ["beat_the_close"] = beat,
                ["threshold"] = settings.SharpAverageClv,
            },
            [new FlagEvidence([.. priced.Select(bet => bet.BetId)],
                $"{beat} of {priced.Length} bets placed {from:yyyy-MM-dd} to {activity.Day:yyyy-MM-dd} beat the sharp book's closing price")]);
    }

    private static string Percent(decimal fraction) => (fraction * 100m).ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) + " %";
}
