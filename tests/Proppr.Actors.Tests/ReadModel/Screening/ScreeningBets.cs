using Proppr.Actors.Betting;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.ReadModel.Screening;

namespace Proppr.Actors.Tests.ReadModel.Screening;

/// <summary>Builders for screening tests: one client's bets on 2025-08-18 from noon, and the drops of fixture 1.</summary>
internal static class ScreeningBets
{
    public const long Fixture = 1;

    public static readonly DateOnly Day = new(2025, 8, 18);

    public static readonly DateTimeOffset Noon = new(2025, 8, 18, 12, 0, 0, TimeSpan.Zero);

    public static readonly OddsKey Over25 = new(MarketNames.Totals, OddsOutcomes.Over, 2.5m);

    public static readonly OddsKey HomeWin = new(MarketNames.Moneyline, OddsOutcomes.Home);

    public static ScreenedBet Bet(
        string id, DateTimeOffset placedAt, decimal stake = 10m, decimal odds = 2m, decimal? clv = null, OddsKey? pricedAs = null,
        SettlementStatus status = SettlementStatus.Pending, DateTimeOffset? settledAt = null, string client = "acc-1") =>
        new(id, client, Fixture, pricedAs, odds, stake, placedAt, status, settledAt, clv);

    public static PriceDrop Drop(OddsKey key, decimal from, decimal to, DateTimeOffset at, string bookmaker = "Pinnacle") =>
        new(bookmaker, key, from, to, Math.Round((from - to) / from * 100m, PriceDrop.PercentDecimals), at);

    public static ClientActivity Activity(IEnumerable<ScreenedBet> bets, params PriceDrop[] drops) =>
        new("acc-1", Day, [.. bets.OrderBy(bet => bet.PlacedAt)], new Dictionary<long, IReadOnlyList<PriceDrop>> { [Fixture] = drops });
}
