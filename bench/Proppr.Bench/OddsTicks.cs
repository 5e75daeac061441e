using System.Globalization;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.Feed;

namespace Proppr.Bench;

/// <summary>
/// Feed ticks as the odds feed routes them: each <see cref="ApplyOdds"/> carries one bookmaker's whole market set
/// (1X2, two totals, a handicap: nine prices), the sharp book and another in turn, prices wandering over a few steps
/// so about half the changes are drops and some are value against the sharp book.
/// </summary>
public static class OddsTicks
{
    private const int PriceSteps = 8;

    private static readonly string[] Bookmakers = ["Pinnacle", "Bet365"];

    /// <summary>Each bookmaker's market sets, one per price step, built once and shared by every tick.</summary>
    private static readonly BookmakerMarkets[][] Variants =
        [.. Bookmakers.Select((bookmaker, b) => Enumerable.Range(0, PriceSteps).Select(step => Markets(bookmaker, b, step)).ToArray())];

    /// <summary>The <paramref name="tick"/>-th tick of <paramref name="fixtureId"/>'s odds event.</summary>
    public static ApplyOdds For(long fixtureId, int tick, DateTimeOffset kickoff, DateTimeOffset at) => Batch(fixtureId, tick, 1, kickoff, at);

    /// <summary>
    /// Ticks <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1 in one message, as the
    /// feed routes the updates of one event that arrive in one frame (<see cref="Proppr.Actors.Odds.Client.OddsRouting"/>).
    /// </summary>
    public static ApplyOdds Batch(long fixtureId, int first, int count, DateTimeOffset kickoff, DateTimeOffset at) =>
        new(fixtureId, EventId(fixtureId), kickoff, [.. Enumerable.Range(first, count).Select(tick => OddsTick.Quote(Markets(tick), at))]);

    private static BookmakerMarkets Markets(int tick) => Variants[tick % Bookmakers.Length][tick / Bookmakers.Length % PriceSteps];

    private static string EventId(long fixtureId) => string.Create(CultureInfo.InvariantCulture, $"ev-{fixtureId}");

    private static BookmakerMarkets Markets(string bookmaker, int bookmakerIndex, int step)
    {
        // A zig-zag over the steps: up, then down again, so a fixture sees rises and drops in turn.
        var move = (step < PriceSteps / 2 ? step : PriceSteps - step) * 0.01m;
        var margin = bookmakerIndex * 0.06m;
        OddsMarket Market(string name, params (OddsKey Key, decimal Price)[] prices) =>
            new(name, null, [.. prices.Select(price => new OddsEntry(price.Key, price.Price, null))]);
        return new BookmakerMarkets(bookmaker,
        [
            Market(MarketNames.Moneyline,
                (new OddsKey(MarketNames.Moneyline, OddsOutcomes.Home), 2.10m + move + margin),
                (new OddsKey(MarketNames.Moneyline, OddsOutcomes.Draw), 3.40m - move),
                (new OddsKey(MarketNames.Moneyline, OddsOutcomes.Away), 3.60m - move)),
            Market(MarketNames.Totals,
                (new OddsKey(MarketNames.Totals, OddsOutcomes.Over, 2.5m), 1.90m + move),
                (new OddsKey(MarketNames.Totals, OddsOutcomes.Under, 2.5m), 1.95m - move + margin),
                (new OddsKey(MarketNames.Totals, OddsOutcomes.Over, 3.5m), 3.00m + move),
                (new OddsKey(MarketNames.Totals, OddsOutcomes.Under, 3.5m), 1.38m - move / 2)),
            Market(MarketNames.Spread,
                (new OddsKey(MarketNames.Spread, OddsOutcomes.Home, -0.5m), 2.08m + move),
                (new OddsKey(MarketNames.Spread, OddsOutcomes.Away, -0.5m), 1.80m - move + margin)),
        ]);
    }
}
