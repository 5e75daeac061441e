using Proppr.Actors.Betting;
using Proppr.Actors.Odds;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Odds;

public class BetSelectionMapTests
{
    [Theory]
    [InlineData(Market.MatchResult, BetScope.Match, Selection.Home, null, BetPeriod.FullTime, "ML", "home", null)]
    [InlineData(Market.MatchResult, BetScope.Match, Selection.Draw, null, BetPeriod.FullTime, "ML", "draw", null)]
    [InlineData(Market.MatchResult, BetScope.Match, Selection.Away, null, BetPeriod.FullTime, "ML", "away", null)]
    [InlineData(Market.AsianHandicap, BetScope.Match, Selection.Home, "-0.75", BetPeriod.FullTime, "Spread", "home", "-0.75")]
    [InlineData(Market.AsianHandicap, BetScope.Match, Selection.Away, "-0.75", BetPeriod.FullTime, "Spread", "away", "0.75")]
    [InlineData(Market.AsianHandicap, BetScope.Match, Selection.Away, "0.25", BetPeriod.FirstHalf, "Spread HT", "away", "-0.25")]
    [InlineData(Market.Goals, BetScope.Match, Selection.Over, "2.5", BetPeriod.FullTime, "Totals", "over", "2.5")]
    [InlineData(Market.Goals, BetScope.Match, Selection.Under, "1.25", BetPeriod.FirstHalf, "Totals HT", "under", "1.25")]
    [InlineData(Market.Goals, BetScope.Home, Selection.Over, "1.5", BetPeriod.FullTime, "Team Total Home", "over", "1.5")]
    [InlineData(Market.Goals, BetScope.Away, Selection.Under, "0.5", BetPeriod.FullTime, "Team Total Away", "under", "0.5")]
    [InlineData(Market.Corners, BetScope.Match, Selection.Over, "9.5", BetPeriod.FullTime, "Corners Totals", "over", "9.5")]
    [InlineData(Market.Corners, BetScope.Match, Selection.Under, "4.5", BetPeriod.FirstHalf, "Corners Totals HT", "under", "4.5")]
    [InlineData(Market.Corners, BetScope.Home, Selection.Over, "4.5", BetPeriod.FullTime, "Team Corners Home", "over", "4.5")]
    [InlineData(Market.Corners, BetScope.Away, Selection.Under, "3.5", BetPeriod.FullTime, "Team Corners Away", "under", "3.5")]
    public void Maps_a_bet_to_its_feed_market_outcome_and_line(
        Market market, BetScope scope, Selection selection, string? line, BetPeriod period, string feedMarket, string outcome, string? feedLine)
    {
        var key = BetSelectionMap.Map(Bet(market, scope, selection, line, period));

        key.Should().Be(new OddsKey(feedMarket, outcome, feedLine is null ? null : Parse(feedLine)));
    }

    [Fact]
    public void Maps_a_player_count_to_the_player_props_label()
    {
        var key = BetSelectionMap.Map(Bet(Market.ShotsOnTarget, BetScope.Player, Selection.Over, "0.5", playerName: " Mohamed Salah "));

        key.Should().Be(new OddsKey("Player Props", "over", 0.5m, "Mohamed Salah (Shots On Target)"));
    }

    [Theory]
    [InlineData(Market.MatchResult, BetScope.Match, Selection.Home, null, BetPeriod.FirstHalf)]
    [InlineData(Market.Goals, BetScope.Match, Selection.Over, "1.5", BetPeriod.SecondHalf)]
    [InlineData(Market.Goals, BetScope.Home, Selection.Over, "0.5", BetPeriod.FirstHalf)]
    [InlineData(Market.Corners, BetScope.Away, Selection.Over, "2.5", BetPeriod.FirstHalf)]
    [InlineData(Market.BothTeamsToScore, BetScope.Match, Selection.Yes, null, BetPeriod.FullTime)]
    [InlineData(Market.YellowCards, BetScope.Match, Selection.Over, "3.5", BetPeriod.FullTime)]
    [InlineData(Market.AnytimeGoalscorer, BetScope.Player, Selection.Yes, null, BetPeriod.FullTime)]
    [InlineData(Market.Shots, BetScope.Player, Selection.Over, "1.5", BetPeriod.FullTime)]
    [InlineData(Market.Goals, BetScope.Match, Selection.Over, null, BetPeriod.FullTime)]
    public void A_bet_the_feed_cannot_price_maps_to_nothing(Market market, BetScope scope, Selection selection, string? line, BetPeriod period) =>
        BetSelectionMap.Map(Bet(market, scope, selection, line, period)).Should().BeNull();
}
