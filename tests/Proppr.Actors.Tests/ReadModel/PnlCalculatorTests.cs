using Proppr.Actors.Betting;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Tests.ReadModel;

/// <summary>Hand-computed reports: each case lists its bets and the figures worked out on paper.</summary>
public sealed class PnlCalculatorTests
{
    private static PnlEntry Bet(SettlementStatus status, decimal stake, decimal returns, decimal? clv = null, string? key = null) =>
        new(key, status, stake, returns, returns - stake, clv);

    private static readonly Dictionary<string, (PnlEntry[] Bets, PnlFigures Expected)> Cases = new()
    {
        ["nothing settled"] = ([], new PnlFigures(0, 0, 0, 0, 0m, 0m, 0m, null, null, null)),

        // Won 10 @ 2.00 (+10), lost 10 (-10), half won 10 @ 1.90 (5 x 1.90 + 5 = 14.50, +4.50), half lost 10 (5 back, -5),
        // refund 10 (+0). Stake 50, returns 49.50, profit -0.50, ROI -0.50 / 50 = -0.01, win rate 2 / 4.
        ["every outcome once"] = (
            [
                Bet(SettlementStatus.Won, 10m, 20m),
                Bet(SettlementStatus.Lost, 10m, 0m),
                Bet(SettlementStatus.HalfWon, 10m, 14.50m),
                Bet(SettlementStatus.HalfLost, 10m, 5m),
                Bet(SettlementStatus.Refund, 10m, 10m),
            ],
            new PnlFigures(5, 2, 2, 1, 50m, 49.50m, -0.50m, -0.01m, 0.5m, null)),

        // Rejected and pending bets are not bets with a result: the report is the won bet's alone.
        ["rejected and pending left out"] = (
            [
                Bet(SettlementStatus.Won, 4m, 7.40m),
                new PnlEntry(null, SettlementStatus.Rejected, 50m, 0m, 0m, null),
                new PnlEntry(null, SettlementStatus.Pending, 30m, 0m, 0m, null),
            ],
            new PnlFigures(1, 1, 0, 0, 4m, 7.40m, 3.40m, 0.85m, 1m, null)),

        // Two refunds (a void and a push): ROI 0 / 25 = 0, and no win rate with nothing won or lost.
        ["only refunds"] = (
            [Bet(SettlementStatus.Refund, 10m, 10m), Bet(SettlementStatus.Refund, 15m, 15m)],
            new PnlFigures(2, 0, 0, 2, 25m, 25m, 0m, 0m, null, null)),

        // Won 1 of 3 bets of 10: returns 30, profit 0 -> ROI 0; win rate 1/3 = 0.33333 -> 0.3333.
        ["thirds round to four places"] = (
            [Bet(SettlementStatus.Won, 10m, 30m), Bet(SettlementStatus.Lost, 10m, 0m), Bet(SettlementStatus.Lost, 10m, 0m)],
            new PnlFigures(3, 1, 2, 0, 30m, 30m, 0m, 0m, 0.3333m, null)),

        // Profit 1 on a stake of 20 000: ROI 0.00005 exactly, rounded away from zero to 0.0001 (banker's rounding would give 0).
        ["a midpoint rounds away from zero"] = (
            [Bet(SettlementStatus.Won, 10000m, 10001m), Bet(SettlementStatus.Lost, 10000m, 10000m)],
            new PnlFigures(2, 1, 1, 0, 20000m, 20001m, 1m, 0.0001m, 0.5m, null)),

        // CLV averages only where known: (0.10 + 0.20 + 0.20) / 3 = 0.16667 -> 0.1667; the bet without one is not a zero.
        ["closing-line value where known"] = (
            [
                Bet(SettlementStatus.Won, 10m, 20m, clv: 0.10m),
                Bet(SettlementStatus.Lost, 10m, 0m, clv: 0.20m),
                Bet(SettlementStatus.Refund, 10m, 10m, clv: 0.20m),
                Bet(SettlementStatus.Lost, 10m, 0m),
            ],
            new PnlFigures(4, 1, 2, 1, 40m, 30m, -10m, -0.25m, 0.3333m, 0.1667m)),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Totals_match_the_hand_computed_figures(string name)
    {
        var (bets, expected) = Cases[name];

        PnlCalculator.Report(bets).Total.Should().Be(expected);
    }

    [Fact]
    public void Groups_are_ordered_by_key_with_the_keyless_first_and_add_up_to_the_total()
    {
        var bets = new[]
        {
            Bet(SettlementStatus.Won, 10m, 25m, key: "team"),
            Bet(SettlementStatus.Lost, 20m, 0m, key: "player"),
            Bet(SettlementStatus.Won, 5m, 9m, key: "player"),
            Bet(SettlementStatus.Lost, 8m, 0m),
            Bet(SettlementStatus.Rejected, 100m, 0m, key: "cerebro"),
        };

        var report = PnlCalculator.Report(bets);

        report.Groups.Select(group => group.Key).Should().Equal(null, "player", "team");
        // player: stake 25, returns 9, profit -16, ROI -0.64, 1 win of 2.
        report.Groups[1].Figures.Should().Be(new PnlFigures(2, 1, 1, 0, 25m, 9m, -16m, -0.64m, 0.5m, null));
        report.Groups[0].Figures.Profit.Should().Be(-8m);
        report.Groups[2].Figures.Profit.Should().Be(15m);
        report.Total.Should().Be(new PnlFigures(4, 2, 2, 0, 43m, 34m, -9m, -0.2093m, 0.5m, null));
    }

    [Fact]
    public void Rows_with_money_no_accepted_bet_can_have_are_left_out_instead_of_overflowing_the_sums()
    {
        // Journaled before the limits (issue 15): two such wins broke every report over their window with an OverflowException.
        var bets = new[]
        {
            Bet(SettlementStatus.Won, 4e28m, 7.9e28m),
            Bet(SettlementStatus.Won, 4e28m, 7.9e28m),
            Bet(SettlementStatus.Lost, 10m, 0m),
        };

        var report = PnlCalculator.Report(bets);

        report.Total.Should().Be(new PnlFigures(1, 0, 1, 0, 10m, 0m, -10m, -1m, 0m, null));
    }
}
