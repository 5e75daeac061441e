using Proppr.Actors.Betting;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Odds;

public class ClosingLineTests
{
    [Theory]
    [InlineData("2.10", "2.00", "0.05")]     // 2.10 / 2.00 - 1
    [InlineData("1.90", "2.00", "-0.05")]    // the bet got a worse price than the close
    [InlineData("2.00", "1.87", "0.0695")]   // 1.069518… rounded to 4 places
    [InlineData("1.85", "1.85", "0")]
    public void The_value_is_the_bet_odds_over_the_sharp_closing_odds_minus_one(string betOdds, string closingOdds, string value)
    {
        var book = new FixtureBook(new OddsOptions(), Kickoff);
        book.Apply(Quotes("Pinnacle", (Home, Parse(closingOdds))), Kickoff.AddMinutes(-1));
        book.Apply(Quotes("Bet365", (Home, 3.00m)), Kickoff.AddMinutes(-1));
        book.Apply(Quotes("Pinnacle", (Home, 1.50m)), Kickoff.AddMinutes(10));
        var bet = Bet(Market.MatchResult, BetScope.Match, Selection.Home, odds: Parse(betOdds));

        var closingLine = ClosingLine.For(bet, book);

        closingLine.Should().Be(new ClosingLine("b-1", "Pinnacle", Home, Parse(betOdds), Parse(closingOdds), Kickoff.AddMinutes(-1), Parse(value)));
    }

    [Fact]
    public void An_away_handicap_bet_closes_on_the_home_line_of_opposite_sign()
    {
        var spreadAway = new OddsKey(MarketNames.Spread, OddsOutcomes.Away, 0.5m);
        var book = new FixtureBook(new OddsOptions(), Kickoff);
        book.Apply(Quotes("Pinnacle", (spreadAway with { Outcome = OddsOutcomes.Home }, 2.00m), (spreadAway, 1.84m)), Kickoff.AddHours(-1));

        var closingLine = ClosingLine.For(Bet(Market.AsianHandicap, BetScope.Match, Selection.Away, "-0.5", odds: 1.92m), book)!;

        (closingLine.Key, closingLine.ClosingOdds, closingLine.Value).Should().Be((spreadAway, 1.84m, 0.0435m));   // 1.92 / 1.84 - 1 = 0.043478
    }

    [Fact]
    public void There_is_no_closing_line_without_a_feed_market_or_a_sharp_price_before_kickoff()
    {
        var book = new FixtureBook(new OddsOptions(), Kickoff);
        book.Apply(Quotes("Bet365", (Home, 2.00m)), Kickoff.AddMinutes(-5));
        book.Apply(Quotes("Pinnacle", (Away, 2.00m)), Kickoff.AddMinutes(5));

        ClosingLine.For(Bet(Market.MatchResult, BetScope.Match, Selection.Home), book).Should().BeNull("only Bet365 priced it before kickoff");
        ClosingLine.For(Bet(Market.MatchResult, BetScope.Match, Selection.Away), book).Should().BeNull("Pinnacle priced it only after kickoff");
        ClosingLine.For(Bet(Market.BothTeamsToScore, BetScope.Match, Selection.Yes), book).Should().BeNull("the feed has no such market");
    }
}
