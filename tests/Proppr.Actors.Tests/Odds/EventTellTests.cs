using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Tests.Fixtures;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Odds;

/// <summary>What in a bookmaker's prices tells of an event on the pitch before the match data shows it.</summary>
public sealed class EventTellTests
{
    private static readonly DateTimeOffset At = Kickoff.AddMinutes(30);
    private readonly EventTell _tell = new(new OddsOptions());

    private bool Quote(string bookmaker, params (OddsKey Key, decimal Price)[] prices) => Told(bookmaker, prices).Anything;

    private OddsTold Told(string bookmaker, params (OddsKey Key, decimal Price)[] prices) =>
        _tell.Signals(OddsTick.Quote(Quotes(bookmaker, prices), At));

    private static Bet PlayerBet(string name, Market market) => ScenarioBets.Player("b-1", 1, name, market, 1.5m);

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
    public void A_line_taken_down_while_its_over_had_a_chance_tells_of_an_event_one_out_of_reach_does_not()
    {
        Quote("Pinnacle", (Over(1.5m), 1.30m), (Under(1.5m), 3.40m), (Over(4.5m), 26.00m), (Under(4.5m), 1.01m), (Over(3.5m), 4.50m), (Under(3.5m), 1.20m));

        Quote("Pinnacle", (Over(1.5m), 1.32m), (Under(1.5m), 3.30m), (Over(3.5m), 4.60m), (Under(3.5m), 1.18m)).Should().BeFalse("4.5 went out of reach");
        Quote("Pinnacle", (Over(1.5m), 1.33m), (Under(1.5m), 3.20m)).Should().BeTrue("3.5 went at 4.60, so its OVER had a chance: the count passed it");
    }

    [Fact]
    public void A_players_own_lines_tell_of_his_event_alone()
    {
        var shots = (string player, decimal line) => new OddsKey(MarketNames.PlayerProps, OddsOutcomes.Over, line, $"{player} (Shots)");
        Told("Bet365", (shots("Martin Ødegaard", 1.5m), 2.60m), (shots("Martin Ødegaard", 2.5m), 7.00m), (shots("Phil Foden", 0.5m), 1.90m));

        var told = Told("Bet365", (shots("Martin Ødegaard", 2.5m), 2.70m), (shots("Phil Foden", 0.5m), 1.95m));

        (told.Book, told.Counts).Should().Be((false, (IReadOnlyList<Stat>?)null), "no team market moved");
        told.Players.Should().Equal("Martin Ødegaard (Shots)");
        told.Concerns(PlayerBet("Martin Ødegaard", Market.Shots)).Should().BeTrue();
        told.Concerns(PlayerBet("martin odegaard", Market.Shots)).Should().BeTrue("names compare without accents, as bets name players");
        told.Concerns(PlayerBet("Martin Ødegaard", Market.Fouls)).Should().BeFalse("his fouls did not move");
        told.Concerns(PlayerBet("Phil Foden", Market.Shots)).Should().BeFalse();
        told.Concerns(ScenarioBets.Match("shots", Market.Shots, Selection.Over, 20.5m, 1.9m)).Should().BeTrue("his shot is one of the match's");
        told.Concerns(ScenarioBets.Match("fouls", Market.Fouls, Selection.Over, 20.5m, 1.9m)).Should().BeFalse();
        told.Concerns(ScenarioBets.OverTwoAndAHalfGoals).Should().BeFalse("a shot line moving is not a goal");
    }

    [Fact]
    public void A_total_market_taken_down_or_the_prices_withdrawn_tell_of_an_event_once()
    {
        Quote("Pinnacle", (Over(2.5m), 2.10m), (Under(2.5m), 1.75m), (Home, 2.0m));
        Quote("Pinnacle", (Home, 2.0m)).Should().BeTrue("the goals market was taken down");

        Quote("Bet365", (Over(2.5m), 2.10m), (Under(2.5m), 1.75m));
        _tell.Signals(OddsTick.Withdraw("Bet365", At)).Book.Should().BeTrue();
        _tell.Signals(OddsTick.Withdraw("Bet365", At)).Anything.Should().BeFalse("still suspended");
    }

    [Fact]
    public void A_total_tells_which_count_moved_and_concerns_the_bets_on_that_count()
    {
        Quote("Pinnacle", (Corners(OddsOutcomes.Over, 9.5m), 2.40m), (Over(2.5m), 2.10m));

        var told = Told("Pinnacle", (Corners(OddsOutcomes.Over, 9.5m), 1.90m), (Over(2.5m), 2.15m));

        told.Counts.Should().Equal(Stat.Corners);
        told.Concerns(ScenarioBets.OverFifteenAndAHalfCorners).Should().BeTrue();
        told.Concerns(ScenarioBets.OverTwoAndAHalfGoals).Should().BeFalse("the goals line only drifted");
        told.Concerns(ScenarioBets.FirstHalfDraw).Should().BeFalse("a result hangs on goals");
        told.Plus(new OddsTold(true, null, null)).Concerns(ScenarioBets.FirstHalfDraw).Should().BeTrue("a withdrawn book may be a goal");
    }

    [Fact]
    public void Each_bookmaker_is_compared_with_its_own_last_quote()
    {
        Quote("Pinnacle", (Over(2.5m), 2.40m), (Under(2.5m), 1.60m));

        Quote("Bet365", (Over(2.5m), 1.90m), (Under(2.5m), 1.90m)).Should().BeFalse();
    }
}
