using Proppr.Actors.ReadModel.Clients;
using Proppr.Actors.ReadModel.Screening;
using Proppr.Node.Api.Reports;

namespace Proppr.Node.Tests.Api;

public sealed class ActivityCsvTests
{
    private static readonly DateOnly Day = new(2026, 12, 4);

    [Fact]
    public void Writes_a_header_and_one_line_per_row_with_money_to_two_places_and_flags_by_their_api_names()
    {
        var csv = ActivityCsv.Write(
        [
            new ActivityRow(Day, "acc-1", "watchlist", "desk", 3, 1, 35m, 1, 1, 0, -10.5m, [FlagKind.StakeEscalation, FlagKind.BetBurst]),
            new ActivityRow(Day, null, null, null, 1, 0, 10m, 1, 0, 0, 9m, []),
        ]);

        csv.Should().Be(
            "day,client,category,source,bets,open,stake,won,lost,void,profit,flags\r\n" +
            "2026-12-04,acc-1,watchlist,desk,3,1,35.00,1,1,0,-10.50,stake_escalation;bet_burst\r\n" +
            "2026-12-04,,,,1,0,10.00,1,0,0,9.00,\r\n");
    }

    [Theory]
    [InlineData("Doe, Jane", "\"Doe, Jane\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+44 7700", "'+44 7700")]
    [InlineData("-acc", "'-acc")]
    [InlineData("@home", "'@home")]
    public void A_name_from_outside_stays_one_cell_and_is_never_a_formula(string client, string cell)
    {
        var csv = ActivityCsv.Write([new ActivityRow(Day, client, null, "desk", 1, 1, 1m, 0, 0, 0, 0m, [])]);

        csv.Split("\r\n")[1].Should().Be($"2026-12-04,{cell},,desk,1,1,1.00,0,0,0,0.00,");
    }
}
