using System.Globalization;

namespace Proppr.Actors.ReadModel.Screening;

/// <summary>
/// Risky play, chasing losses: a bet staking at least <see cref="ScreeningSettings.EscalationFactor"/> times the
/// largest loss the client learned of since its previous bet (losses settled after that bet was placed and before
/// this one). Flagged at <see cref="ScreeningSettings.EscalationMinCount"/> such bets on the day.
/// </summary>
public sealed class StakeEscalationRule(ScreeningSettings settings) : IScreeningRule
{
    public ScreeningFlag? Check(ClientActivity activity)
    {
        var bets = activity.Bets;
        var escalations = new List<(ScreenedBet Bet, ScreenedBet Loss, decimal Ratio)>();
        for (var i = 0; i < bets.Count; i++)
        {
            var bet = bets[i];
            var previousPlaced = i > 0 ? bets[i - 1].PlacedAt : DateTimeOffset.MinValue;
            var loss = bets
                .Where(other => other.IsLoss && other.SettledAt > previousPlaced && other.SettledAt <= bet.PlacedAt && other.Stake > 0m)
                .MaxBy(other => other.Stake);
            if (loss is not null && DateOnly.FromDateTime(bet.PlacedAt.UtcDateTime) == activity.Day && bet.Stake >= settings.EscalationFactor * loss.Stake)
            {
                escalations.Add((bet, loss, Math.Round(bet.Stake / loss.Stake, 2, MidpointRounding.AwayFromZero)));
            }
        }
        if (escalations.Count == 0 || escalations.Count < settings.EscalationMinCount)
        {
            return null;
        }
        return new ScreeningFlag(
            FlagKind.StakeEscalation,
            ScreeningCategory.Risky,
            $"{escalations.Count} stakes raised at least {settings.EscalationFactor:0.##}x right after a loss",
            new Dictionary<string, decimal>
            {
                ["escalations"] = escalations.Count,
                ["largest_ratio"] = escalations.Max(e => e.Ratio),
                ["factor"] = settings.EscalationFactor,
            },
            [.. escalations.Select(e => new FlagEvidence([e.Loss.BetId, e.Bet.BetId], string.Create(CultureInfo.InvariantCulture,
                $"bet {e.Bet.BetId} staked {e.Bet.Stake} ({e.Ratio}x) after bet {e.Loss.BetId} lost {e.Loss.Stake}")))]);
    }
}
