using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Odds;

/// <summary>What in a bookmaker's prices tells of an event on the pitch before the match data shows it.</summary>
public sealed class EventTellTests
{
    private static readonly DateTimeOffset At = Kickoff.AddMinutes(30);
    private readonly EventTell _tell = new(new OddsOptions());

    private bool Quote(string bookmaker, params (OddsKey Key, decimal Price)[] prices) =>
        _tell.Signals(OddsTick.Quote(Quotes(bookmaker, prices), At));

    private static OddsKey Corners(string outcome, decimal line) => new(MarketNames.CornersTotals, outcome, line);

    [Fact]
    public void The_first_quote_and_prices_that_lengthen_with_time_tell_nothing()
    {
        Quote("Pinnacle", (Over(2.5m), 2.10m), (Under(2.5m), 1.75m)).Should().BeFalse();
        Quote("Pinnacle", (Over(2.5m), 2.20m), (Under(2.5m), 1.68m)).Should().BeFalse();
        Quote("Pinnacle", (Over(2.5m), 2.05m), (Under(2.5m), 1.80m)).Should().BeFalse("a fall within drift");
    }

    [Fact]
    public void An_over_price_falling_beyond_drift_tells_of_an_event()
    {
        Quote("Pinnacle", (Corners(OddsOutcomes.Over, 9.5m), 2.40m), (Corners(OddsOutcomes.Under, 9.5m), 1.60m));

        Quote("Pinnacle", (Corners(OddsOutcomes.Over, 9.5m), 1.90m), (Corners(OddsOutcomes.Under, 9.5m), 1.95m)).Should().BeTrue();
    }

    [Fact]
    public void A_line_taken_down_while_its_over_was_likelier_tells_of_an_event_one_out_of_reach_does_not()
    {
        Quote("Pinnacle", (Over(1.5m), 1.30m), (Under(1.5m), 3.40m), (Over(4.5m), 9.00m), (Under(4.5m), 1.05m), (Over(2.5m), 2.50m), (Under(2.5m), 1.55m));

        Quote("Pinnacle", (Over(1.5m), 1.32m), (Under(1.5m), 3.30m), (Over(2.5m), 2.60m), (Under(2.5m), 1.50m)).Should().BeFalse("4.5 went out of reach");
        Quote("Pinnacle", (Over(2.5m), 1.50m), (Under(2.5m), 2.50m)).Should().BeTrue("1.5 was passed");
    }

    [Fact]
    public void A_total_market_taken_down_or_the_prices_withdrawn_tell_of_an_event_once()
    {
        Quote("Pinnacle", (Over(2.5m), 2.10m), (Under(2.5m), 1.75m), (Home, 2.0m));
        Quote("Pinnacle", (Home, 2.0m)).Should().BeTrue("the goals market was taken down");

        Quote("Bet365", (Over(2.5m), 2.10m), (Under(2.5m), 1.75m));
        _tell.Signals(OddsTick.Withdraw("Bet365", At)).Should().BeTrue();
        _tell.Signals(OddsTick.Withdraw("Bet365", At)).Should().BeFalse("still suspended");
    }

    [Fact]
    public void Each_bookmaker_is_compared_with_its_own_last_quote()
    {
        Quote("Pinnacle", (Over(2.5m), 2.40m), (Under(2.5m), 1.60m));

        Quote("Bet365", (Over(2.5m), 1.90m), (Under(2.5m), 1.90m)).Should().BeFalse();
    }
}
