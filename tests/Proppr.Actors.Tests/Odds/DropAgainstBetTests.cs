using Proppr.Actors.Betting;
using Proppr.Actors.Odds.Books;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Odds;

public sealed class DropAgainstBetTests
{
    private static readonly DateTimeOffset Placed = Kickoff.AddHours(-2);

    private static PriceDrop Drop(Proppr.Actors.Odds.OddsKey key, decimal from, decimal to, DateTimeOffset at, string bookmaker = "Pinnacle") =>
        new(bookmaker, key, from, to, Math.Round((from - to) / from * 100m, 4), at);

    [Fact]
    public void Finds_the_deepest_cut_below_the_bets_odds_since_it_was_placed()
    {
        // Over 2.5 at 2.10. Before the bet: a cut to 1.50 (not after it). After: Bet365 to 2.00, Pinnacle to 1.89.
        var bet = Bet(Market.Goals, BetScope.Match, Selection.Over, "2.5", odds: 2.10m) with { PlacedAt = Placed };
        var drops = new[]
        {
            Drop(Over(2.5m), 1.60m, 1.50m, Placed.AddMinutes(-1)),
            Drop(Over(2.5m), 2.15m, 2.00m, Placed.AddMinutes(5), "Bet365"),
            Drop(Over(2.5m), 1.95m, 1.89m, Placed.AddMinutes(9)),
            Drop(Under(2.5m), 2.00m, 1.70m, Placed.AddMinutes(9)),
        };

        var found = DropAgainstBet.Find(bet, drops);

        // (2.10 - 1.89) / 2.10 = 10 %.
        found.Should().Be(new DropAgainstBet("b-1", "Pinnacle", 2.10m, 1.89m, 10m, Placed.AddMinutes(9)));
    }

    [Fact]
    public void Ignores_cuts_that_stay_above_the_bets_odds_and_bets_the_feed_does_not_price()
    {
        var bet = Bet(Market.Goals, BetScope.Match, Selection.Over, "2.5", odds: 1.90m) with { PlacedAt = Placed };
        DropAgainstBet.Find(bet, [Drop(Over(2.5m), 2.20m, 2.00m, Placed.AddMinutes(1))]).Should().BeNull();

        var cards = Bet(Market.YellowCards, BetScope.Match, Selection.Over, "3.5", odds: 2.50m);
        DropAgainstBet.Find(cards, [Drop(Over(3.5m), 2.60m, 1.50m, Placed)]).Should().BeNull();
    }
}
