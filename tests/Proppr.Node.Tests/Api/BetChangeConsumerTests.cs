using System.Globalization;
using System.Text.Json.Nodes;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.ReadModel;
using Proppr.Node.Api.Stream;
using Proppr.Node.Metrics;

namespace Proppr.Node.Tests.Api;

/// <summary>
/// The node's consumers of the closed set of bet changes (every <see cref="BetChange"/> type, found by reflection):
/// the stream turns each into a <c>bet_</c> event with its position as id, and the meter counts each.
/// </summary>
public sealed class BetChangeConsumerTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 17, 0, 0, TimeSpan.Zero);

    private static readonly Settlement Won = new()
    {
        BetId = "b-1", Status = SettlementStatus.Won, Returns = 20m, ProfitLoss = 10m, SettledAt = At,
    };

    private static readonly IReadOnlyDictionary<Type, (BetChange Change, string EventType)> Samples = new (BetChange Change, string EventType)[]
    {
        (new BetTrackedChange(new Bet
        {
            BetId = "b-1", FixtureId = 7, Scope = BetScope.Match, Market = Market.Goals, Period = BetPeriod.FullTime,
            Selection = Selection.Over, Line = Line.Of(2.5m), Odds = 2m, Stake = 10m,
        }), "bet_tracked"),
        (new SettlementChange(Won, Resettled: false), "bet_settled"),
        (new ClosingLineChange(new ClosingLine("b-1", "Pinnacle", new OddsKey("Totals", "over", 2.5m), 2m, 1.9m, At, 0.0526m)), "bet_closing_line"),
        (new BetMovedChange("b-1", 4193490, MoveReasons.NotFound, At), "bet_moved"),
    }.ToDictionary(sample => sample.Change.GetType());

    public static TheoryData<string> AllChangeTypes() => new(
        typeof(BetChange).Assembly.GetTypes()
            .Where(type => typeof(BetChange).IsAssignableFrom(type) && !type.IsAbstract)
            .Select(type => type.Name));

    private static BetChange Sample(string typeName)
    {
        Samples.Keys.Should().Contain(type => type.Name == typeName, "every kind of bet change needs a sample here");
        return Samples.Single(pair => pair.Key.Name == typeName).Value.Change;
    }

    [Theory]
    [MemberData(nameof(AllChangeTypes))]
    public void The_stream_sends_each_kind_of_change_as_a_bet_event_with_its_position_as_id(string typeName)
    {
        var change = Sample(typeName);
        var position = JournalPosition.Of(41, 3);

        var live = BetFeedEvents.ToLiveEvent(new BetJournalEntry(position, At, 7, change));

        live.Type.Should().Be(Samples[change.GetType()].EventType);
        live.Id.Should().Be(position.ToString(CultureInfo.InvariantCulture));
        var data = JsonNode.Parse(live.Data)!;
        ((long)data["offset"]!, (long)data["fixture_id"]!).Should().Be((position, 7));
        data.ToJsonString().Should().Contain("\"b-1\"");
    }

    [Fact]
    public void A_re_settlement_is_streamed_as_bet_resettled()
    {
        BetFeedEvents.ToLiveEvent(new BetJournalEntry(1, At, 7, new SettlementChange(Won, Resettled: true))).Type.Should().Be("bet_resettled");
    }

    [Theory]
    [MemberData(nameof(AllChangeTypes))]
    public void The_meter_counts_each_kind_of_change(string typeName)
    {
        var change = Sample(typeName);
        var metrics = new NodeMetrics();

        BetEventMeter.Count(metrics, change, At.AddSeconds(2));

        var counted = change switch
        {
            BetTrackedChange => metrics.BetsTracked.Value,
            SettlementChange => metrics.Settlements.WithLabels("settled", "won").Value,
            ClosingLineChange => metrics.ClosingLines.Value,
            BetMovedChange => metrics.BetsMoved.Value,
            _ => throw new InvalidOperationException($"a new kind of bet change: {typeName}; teach this test to check it"),
        };
        counted.Should().Be(1);
    }
}
