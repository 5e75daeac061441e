using System.Text.Json;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Betting.Contract;

public class SettlementWriterTests
{
    [Fact]
    public void Writes_the_contract_shape()
    {
        var settlement = new Settlement
        {
            BetId = "b-17", Status = SettlementStatus.HalfWon, ActualValue = 2, Returns = 14.75m, ProfitLoss = 4.75m,
            Reason = "quarter_line",
        };

        SettlementWriter.ToJsonLine(settlement).Should().Be(
            """{"bet_id":"b-17","status":"half_won","actual_value":2,"returns":14.75,"profit_loss":4.75,"reason":"quarter_line"}""");
    }

    [Fact]
    public void Writes_amounts_in_their_shortest_form_whatever_scale_the_arithmetic_left()
    {
        var settlement = new Settlement
        {
            BetId = "d", Status = SettlementStatus.Won, ActualValue = 4.0m, Returns = 1.80m * 10.0m, ProfitLoss = 19.50m - 10m,
        };

        SettlementWriter.ToJsonLine(settlement).Should().Be(
            """{"bet_id":"d","status":"won","actual_value":4,"returns":18,"profit_loss":9.5,"reason":null}""");
    }

    [Fact]
    public void Writes_nulls_for_a_rejection_without_value()
    {
        SettlementWriter.ToJsonLine(Settlement.Rejected("x", "invalid_odds")).Should().Be(
            """{"bet_id":"x","status":"rejected","actual_value":null,"returns":0,"profit_loss":0,"reason":"invalid_odds"}""");
    }

    [Fact]
    public void Writes_a_null_bet_id_for_a_line_whose_bet_id_could_not_be_read() =>
        SettlementWriter.ToJsonLine(BetReader.ReadLine("not JSON").ToRejection()).Should().Be(
            """{"bet_id":null,"status":"rejected","actual_value":null,"returns":0,"profit_loss":0,"reason":"invalid_json"}""");

    [Fact]
    public void Writes_the_audit_trail_of_a_resettlement_when_asked()
    {
        var first = new Settlement
        {
            BetId = "c", Status = SettlementStatus.Won, ActualValue = 3, Returns = 20m, ProfitLoss = 10m,
            SettledAt = new DateTimeOffset(2025, 9, 21, 16, 55, 0, TimeSpan.Zero), FixtureState = MatchStatus.Finished,
        };
        var corrected = first with
        {
            Status = SettlementStatus.Lost,
            ActualValue = 2,
            Returns = 0m,
            ProfitLoss = -10m,
            SettledAt = first.SettledAt!.Value.AddMinutes(30),
            ResettledFrom = first,
        };

        using var json = JsonDocument.Parse(SettlementWriter.ToJsonLine(corrected, withAudit: true));

        var root = json.RootElement;
        root.GetProperty("status").GetString().Should().Be("lost");
        root.GetProperty("fixture_state").GetString().Should().Be("finished");
        root.GetProperty("settled_at").GetDateTimeOffset().Should().Be(first.SettledAt.Value.AddMinutes(30));
        root.GetProperty("resettled_from").GetProperty("status").GetString().Should().Be("won");
        root.GetProperty("resettled_from").GetProperty("returns").GetDecimal().Should().Be(20m);
    }
}
