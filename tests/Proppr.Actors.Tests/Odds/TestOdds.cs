using Proppr.Actors.Betting;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Tests.Odds;

/// <summary>Small builders for book and bet tests: outcome keys, one bookmaker's markets, bets.</summary>
internal static class TestOdds
{
    public static readonly DateTimeOffset Kickoff = new(2025, 8, 18, 19, 0, 0, TimeSpan.Zero);

    public static readonly OddsKey Home = new(MarketNames.Moneyline, OddsOutcomes.Home);
    public static readonly OddsKey Draw = new(MarketNames.Moneyline, OddsOutcomes.Draw);
    public static readonly OddsKey Away = new(MarketNames.Moneyline, OddsOutcomes.Away);

    public static OddsKey Over(decimal line) => new(MarketNames.Totals, OddsOutcomes.Over, line);

    public static OddsKey Under(decimal line) => new(MarketNames.Totals, OddsOutcomes.Under, line);

    /// <summary>One bookmaker's message: the prices grouped into their markets, without provider times.</summary>
    public static BookmakerMarkets Quotes(string bookmaker, params (OddsKey Key, decimal Price)[] prices) =>
        new(bookmaker, prices
            .GroupBy(price => price.Key.Market)
            .Select(market => new OddsMarket(market.Key, null, market.Select(price => new OddsEntry(price.Key, price.Price, null)).ToArray()))
            .ToArray());

    /// <summary>A decimal from invariant text: attributes cannot hold decimals.</summary>
    public static decimal Parse(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    public static Bet Bet(
        Market market, BetScope scope, Selection selection, string? line = null, BetPeriod period = BetPeriod.FullTime,
        decimal odds = 2m, string? playerName = null) => new()
        {
            BetId = "b-1",
            FixtureId = 4506508,
            Scope = scope,
            Market = market,
            Period = period,
            Selection = selection,
            Line = line is null ? null : Line.Of(Parse(line)),
            PlayerName = playerName,
            Odds = odds,
            Stake = 10m,
        };
}
