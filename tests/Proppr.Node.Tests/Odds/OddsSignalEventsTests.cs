using System.Text.Json.Nodes;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Node.Api.Stream;

namespace Proppr.Node.Tests.Odds;

/// <summary>A fixture's odds signal as stream events: one <c>price_drop</c> per drop, one <c>value_bet</c> per value bet.</summary>
public sealed class OddsSignalEventsTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 15, 14, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Each_drop_and_value_bet_is_one_event_with_its_outcome_spelled_out()
    {
        var totals = new OddsKey(MarketNames.Totals, OddsOutcomes.Over, 2.5m);
        var signal = new FixtureOddsSignal(4506508,
            [new PriceDrop("Bet365", totals, 2.10m, 1.95m, 7.1429m, At)],
            [new ValueBet("Bet365", new OddsKey(MarketNames.Moneyline, OddsOutcomes.Home), 2.30m, 2.20m, 0.0455m, At.AddSeconds(30))],
            At);

        var events = OddsSignalEvents.ToLiveEvents(signal).ToList();

        events.Select(e => e.Type).Should().Equal("price_drop", "value_bet");
        events.Should().OnlyContain(e => e.Id == null, "signals are not journaled: there is nowhere to resume from");
        var drop = JsonNode.Parse(events[0].Data)!;
        ((long)drop["fixture_id"]!, (string)drop["market"]!, (string)drop["outcome"]!, (decimal)drop["line"]!).Should().Be((4506508, "Totals", "over", 2.5m));
        ((decimal)drop["old_price"]!, (decimal)drop["new_price"]!, (decimal)drop["drop_percent"]!).Should().Be((2.10m, 1.95m, 7.1429m));
        var value = JsonNode.Parse(events[1].Data)!;
        ((string)value["outcome"]!, (decimal)value["price"]!, (decimal)value["fair_price"]!, (decimal)value["edge"]!).Should().Be(("home", 2.30m, 2.20m, 0.0455m));
        ((DateTimeOffset)value["expires_at"]!).Should().Be(At.AddSeconds(30));
        ((DateTimeOffset)value["found_at"]!).Should().Be(At);
    }
}
