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
        // The intervals (previous bet placed, this bet placed] follow each other, so one pass over the losses in
        // settling order finds each bet's largest loss: linear after the sort (a day of 100k bets in milliseconds).
        var losses = bets.Select((bet, index) => (Bet: bet, Index: index))
            .Where(loss => loss.Bet.IsLoss && loss.Bet.SettledAt is not null && loss.Bet.Stake > 0m)
            .OrderBy(loss => loss.Bet.SettledAt)
            .ToArray();
        var escalations = new List<(ScreenedBet Bet, ScreenedBet Loss, decimal Ratio)>();
        var next = 0;
        for (var i = 0; i < bets.Count; i++)
        {
            var bet = bets[i];
            (ScreenedBet Bet, int Index)? largest = null;
            for (; next < losses.Length && losses[next].Bet.SettledAt <= bet.PlacedAt; next++)
            {
                var candidate = losses[next];
                // Losses settled up to the previous bet were taken by it. Of equal stakes, the earliest placed.
                if (largest is not { } best || candidate.Bet.Stake > best.Bet.Stake || (candidate.Bet.Stake == best.Bet.Stake && candidate.Index < best.Index))
                {
                    largest = candidate;
                }
            }
            if (largest is { Bet: var loss } && DateOnly.FromDateTime(bet.PlacedAt.UtcDateTime) == activity.Day && bet.Stake >= settings.EscalationFactor * loss.Stake)
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
