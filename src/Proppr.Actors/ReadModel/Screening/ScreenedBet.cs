using Proppr.Actors.Betting;
using Proppr.Actors.Odds;

namespace Proppr.Actors.ReadModel.Screening;

/// <summary>
/// What screening needs of a bet: who placed it, when, what it risked, how it ended, its closing-line value, and
/// <see cref="PricedAs"/>, the outcome the odds feed prices it under (null when the feed has no market for it).
/// </summary>
public sealed record ScreenedBet(
    string BetId,
    string Client,
    long FixtureId,
    OddsKey? PricedAs,
    decimal Odds,
    decimal Stake,
    DateTimeOffset PlacedAt,
    SettlementStatus Status,
    DateTimeOffset? SettledAt,
    decimal? Clv)
{
    /// <summary>
    /// The read model's bet as screening sees it; null for a bet that names no client, or whose stake or odds no
    /// accepted bet can have (journaled before <see cref="BetLimits"/>): the rules' sums and ratios stay in range.
    /// </summary>
    public static ScreenedBet? From(BetRecord bet)
    {
        if (string.IsNullOrWhiteSpace(bet.Client) || bet.Stake is <= 0m or > BetLimits.MaxStake || bet.Odds is <= 1m or > BetLimits.MaxOdds)
        {
            return null;
        }
        var pricedAs = BetSelectionMap.Map(new Bet
        {
            BetId = bet.BetId,
            FixtureId = bet.FixtureId,
            Scope = bet.Scope,
            PlayerId = bet.PlayerId,
            PlayerName = bet.PlayerName,
            Market = bet.Market,
            Period = bet.Period,
            Selection = bet.Selection,
            Line = bet.Line,
            Odds = bet.Odds,
            Stake = bet.Stake,
        });
        return new ScreenedBet(bet.BetId, bet.Client.Trim(), bet.FixtureId, pricedAs, bet.Odds, bet.Stake, bet.PlacedAt,
            bet.Status, bet.SettledAt, bet.Clv);
    }

    /// <summary>A loss the client knew about: lost or half lost.</summary>
    public bool IsLoss => Status is SettlementStatus.Lost or SettlementStatus.HalfLost;
}
