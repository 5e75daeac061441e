using Proppr.Actors.Betting;

namespace Proppr.Actors.Tests.Betting.Rules;

public class LineResolverTests
{
    [Theory]
    // Half line: no push.
    [InlineData(2.5, "over", 2, SettlementStatus.Lost)]
    [InlineData(2.5, "over", 3, SettlementStatus.Won)]
    [InlineData(2.5, "under", 2, SettlementStatus.Won)]
    // Whole line: the exact count pushes.
    [InlineData(2.0, "over", 2, SettlementStatus.Refund)]
    [InlineData(2.0, "under", 2, SettlementStatus.Refund)]
    [InlineData(2.0, "under", 1, SettlementStatus.Won)]
    // 2.25 = half on 2.0, half on 2.5.
    [InlineData(2.25, "over", 3, SettlementStatus.Won)]
    [InlineData(2.25, "over", 2, SettlementStatus.HalfLost)]
    [InlineData(2.25, "over", 1, SettlementStatus.Lost)]
    [InlineData(2.25, "under", 1, SettlementStatus.Won)]
    [InlineData(2.25, "under", 2, SettlementStatus.HalfWon)]
    [InlineData(2.25, "under", 3, SettlementStatus.Lost)]
    // 2.75 = half on 2.5, half on 3.0.
    [InlineData(2.75, "over", 4, SettlementStatus.Won)]
    [InlineData(2.75, "over", 3, SettlementStatus.HalfWon)]
    [InlineData(2.75, "over", 2, SettlementStatus.Lost)]
    [InlineData(2.75, "under", 2, SettlementStatus.Won)]
    [InlineData(2.75, "under", 3, SettlementStatus.HalfLost)]
    [InlineData(2.75, "under", 4, SettlementStatus.Lost)]
    public void Totals_follow_the_quarter_line_table(double line, string side, int count, SettlementStatus expected)
    {
        var selection = side == "over" ? Selection.Over : Selection.Under;

        LineResolver.Total(Line.Of((decimal)line), selection, count).Status.Should().Be(expected);
    }

    [Theory]
    [InlineData(0, 1, SettlementStatus.Won)]
    [InlineData(0, 0, SettlementStatus.Refund)]
    [InlineData(0, -1, SettlementStatus.Lost)]
    [InlineData(-0.25, 1, SettlementStatus.Won)]
    [InlineData(-0.25, 0, SettlementStatus.HalfLost)]
    [InlineData(0.25, 0, SettlementStatus.HalfWon)]
    [InlineData(0.25, -1, SettlementStatus.Lost)]
    [InlineData(-0.5, 0, SettlementStatus.Lost)]
    [InlineData(-0.5, 1, SettlementStatus.Won)]
    [InlineData(-0.75, 2, SettlementStatus.Won)]
    [InlineData(-0.75, 1, SettlementStatus.HalfWon)]
    [InlineData(-0.75, 0, SettlementStatus.Lost)]
    [InlineData(0.75, 0, SettlementStatus.Won)]
    [InlineData(0.75, -1, SettlementStatus.HalfLost)]
    [InlineData(0.75, -2, SettlementStatus.Lost)]
    [InlineData(-1, 2, SettlementStatus.Won)]
    [InlineData(-1, 1, SettlementStatus.Refund)]
    [InlineData(-1.25, 1, SettlementStatus.HalfLost)]
    [InlineData(-1.25, 2, SettlementStatus.Won)]
    [InlineData(-1.75, 3, SettlementStatus.Won)]
    [InlineData(-1.75, 2, SettlementStatus.HalfWon)]
    [InlineData(-1.75, 1, SettlementStatus.Lost)]
    public void Handicaps_follow_the_asian_handicap_table(double line, int margin, SettlementStatus expected) =>
        LineResolver.Handicap(Line.Of((decimal)line), margin).Status.Should().Be(expected);

    [Fact]
    public void No_line_is_too_large_to_settle()
    {
        Line.TryCreate(decimal.MaxValue, out var huge).Should().BeTrue("it is a whole line");
        huge.IsQuarter.Should().BeFalse();
        Line.TryCreate(decimal.MaxValue - 0.5m, out _).Should().BeTrue();

        LineResolver.Handicap(huge, 1).Status.Should().Be(SettlementStatus.Won);
        LineResolver.Handicap(Line.Of(-decimal.MaxValue), -1).Status.Should().Be(SettlementStatus.Lost);
        LineResolver.Total(huge, Selection.Under, 3).Status.Should().Be(SettlementStatus.Won);
    }

    [Fact]
    public void A_quarter_line_half_result_refunds_half_the_stake() =>
        LineResolver.Total(Line.Of(2.25m), Selection.Over, 2).Should().Be(new Outcome(Won: false, VoidFactor: 0.5m, DeadHeatFactor: 1m));
}
