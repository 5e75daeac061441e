using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Fixtures;

public class FixtureOddsTests
{
    private const long FixtureId = 4506508;

    private static readonly DateTimeOffset T0 = Kickoff.AddHours(-1);

    private static ApplyOdds Odds(DateTimeOffset at, params Proppr.Actors.Odds.Feed.BookmakerMarkets[] quotes) =>
        new(FixtureId, "61300001", Kickoff, [.. quotes.Select(q => OddsTick.Quote(q, at))]);

    // Pinnacle 2.00 / 3.50 / 4.00: overround 0.5 + 0.285714 + 0.25 = 1.035714, fair home 2.071429.
    private static readonly Proppr.Actors.Odds.Feed.BookmakerMarkets Sharp = Quotes("Pinnacle", (Home, 2.00m), (Draw, 3.50m), (Away, 4.00m));

    [Fact]
    public void A_value_bet_is_announced_once_and_again_only_when_its_price_changes()
    {
        var odds = new FixtureOdds(new OddsOptions());

        var first = odds.Apply(Odds(T0, Sharp, Quotes("Bet365", (Home, 2.20m))), null, T0);
        var firstSignal = odds.TakeSignal(FixtureId, T0);
        odds.Apply(Odds(T0.AddSeconds(5), Quotes("Bet365", (Home, 2.20m))), null, T0.AddSeconds(5));
        var againSignal = odds.TakeSignal(FixtureId, T0.AddSeconds(5));
        odds.Apply(Odds(T0.AddSeconds(10), Quotes("Bet365", (Home, 2.25m))), null, T0.AddSeconds(10));
        var movedSignal = odds.TakeSignal(FixtureId, T0.AddSeconds(10));

        // 2.20 / 2.071429 − 1 = 0.062069
        firstSignal!.ValueBets.Should().ContainSingle().Which.Should().Match<ValueBet>(v => v.Bookmaker == "Bet365" && v.FairPrice == 2.071429m && v.Edge == 0.0621m);
        againSignal.Should().BeNull("the same price again is nothing new");
        movedSignal!.ValueBets.Should().ContainSingle().Which.Price.Should().Be(2.25m);
        movedSignal.Drops.Should().BeEmpty("a rise is no drop");
        first.PricedBeforeKickoff.Should().BeTrue();
        odds.SignalPending.Should().BeFalse();
    }

    [Fact]
    public void A_value_bet_that_expired_is_announced_again_when_a_fresh_price_brings_it_back()
    {
        var odds = new FixtureOdds(new OddsOptions());
        odds.Apply(Odds(T0, Sharp, Quotes("Bet365", (Home, 2.20m))), null, T0);
        odds.TakeSignal(FixtureId, T0)!.ValueBets.Should().ContainSingle();
        // The sharp book moves on 40 s later: Bet365's price is 40 s old, past the 30 s expiry.
        odds.Apply(Odds(T0.AddSeconds(40), Sharp), null, T0.AddSeconds(40));
        odds.TakeSignal(FixtureId, T0.AddSeconds(40)).Should().BeNull("the value bet has expired");

        odds.Apply(Odds(T0.AddSeconds(45), Quotes("Bet365", (Home, 2.20m))), null, T0.AddSeconds(45));

        odds.TakeSignal(FixtureId, T0.AddSeconds(45))!.ValueBets.Should().ContainSingle().Which.ExpiresAt.Should().Be(T0.AddSeconds(70));
    }

    [Fact]
    public void The_ticks_between_two_signals_are_announced_together()
    {
        var odds = new FixtureOdds(new OddsOptions());
        odds.Apply(Odds(T0, Sharp, Quotes("Bet365", (Home, 2.10m), (Away, 3.90m))), null, T0);
        odds.TakeSignal(FixtureId, T0);

        odds.Apply(Odds(T0.AddSeconds(1), Quotes("Bet365", (Home, 2.05m), (Away, 3.90m))), null, T0.AddSeconds(1));
        odds.Apply(Odds(T0.AddSeconds(2), Quotes("Bet365", (Home, 2.05m), (Away, 3.80m))), null, T0.AddSeconds(2));
        odds.SignalPending.Should().BeTrue();
        var signal = odds.TakeSignal(FixtureId, T0.AddSeconds(2));

        signal!.Drops.Select(drop => (drop.Key, drop.NewPrice)).Should().Equal((Home, 2.05m), (Away, 3.80m));
        odds.SignalPending.Should().BeFalse();
        odds.TakeSignal(FixtureId, T0.AddSeconds(3)).Should().BeNull();
    }

    [Fact]
    public void A_tick_that_reprices_known_outcomes_allocates_nothing()
    {
        // A short drop history, so the warm-up pass below fills its ring: growing it is the one allocation a drop may make.
        var odds = new FixtureOdds(new OddsOptions { DropHistoryLimit = 8 });
        // Prices wander so ticks bring drops and new value bets, as a live feed does; the commands exist before measuring.
        var ticks = Enumerable.Range(0, 64).Select(i => Odds(T0.AddSeconds(i),
            i % 2 == 0
                ? Quotes("Pinnacle", (Home, 2.00m + i % 8 * 0.01m), (Draw, 3.50m), (Away, 4.00m - i % 8 * 0.01m))
                : Quotes("Bet365 (no latency)", (Home, 2.20m - i % 8 * 0.01m), (Draw, 3.40m), (Away, 3.90m)))).ToArray();
        foreach (var tick in ticks)
        {
            odds.Apply(tick, null, tick.Ticks[0].ReceivedAt);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var announced = 0;
        foreach (var tick in ticks)
        {
            announced += odds.Apply(tick, null, tick.Ticks[0].ReceivedAt).Drops;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        announced.Should().BePositive("the ticks must move prices for the measure to mean anything");
        allocated.Should().Be(0);
    }

    [Fact]
    public void The_book_takes_the_fixtures_own_kickoff_when_it_knows_one()
    {
        var odds = new FixtureOdds(new OddsOptions());

        odds.Apply(Odds(T0, Sharp), Kickoff.AddMinutes(15), T0);

        odds.Book!.Kickoff.Should().Be(Kickoff.AddMinutes(15));
        odds.ClosesAt(TimeSpan.FromMinutes(1)).Should().Be(Kickoff.AddMinutes(16));
    }

    [Fact]
    public void Closing_lines_come_from_the_sharp_price_before_kickoff_for_bets_placed_before_it_that_have_none_yet()
    {
        var odds = new FixtureOdds(new OddsOptions());
        odds.Apply(Odds(T0, Quotes("Pinnacle", (Over(2.5m), 1.95m), (Under(2.5m), 1.95m))), null, T0);
        odds.Apply(Odds(Kickoff.AddMinutes(-1), Quotes("Pinnacle", (Over(2.5m), 1.90m), (Under(2.5m), 2.00m))), null, Kickoff);
        odds.Apply(Odds(Kickoff.AddMinutes(1), Quotes("Pinnacle", (Over(2.5m), 1.70m), (Under(2.5m), 2.30m))), null, Kickoff.AddMinutes(1));
        var over = Bet(Market.Goals, BetScope.Match, Selection.Over, "2.5", odds: 2.05m);
        var closed = Bet(Market.Goals, BetScope.Match, Selection.Under, "2.5") with { BetId = "b-2" };
        var unpriced = Bet(Market.BothTeamsToScore, BetScope.Match, Selection.Yes) with { BetId = "b-3" };
        var inPlay = Bet(Market.Goals, BetScope.Match, Selection.Over, "2.5") with { BetId = "b-4", PlacedAt = Kickoff.AddMinutes(20) };

        var lines = odds.CloseLines([
            new TrackedBet(over with { PlacedAt = Kickoff.AddMinutes(-30) }, null),
            new TrackedBet(closed, null, new ClosingLine("b-2", "Pinnacle", Under(2.5m), 2m, 2m, T0, 0m)),
            new TrackedBet(unpriced, null),
            new TrackedBet(inPlay, null)]);

        // 2.05 / 1.90 − 1 = 0.078947…
        lines.Should().ContainSingle().Which.Should().Match<ClosingLine>(l => l.BetId == "b-1" && l.ClosingOdds == 1.90m && l.Value == 0.0789m);
    }
}
