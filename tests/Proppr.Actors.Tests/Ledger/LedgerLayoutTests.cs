using Proppr.Actors.Betting;
using Proppr.Actors.Ledger;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Tests.Ledger;

public sealed class LedgerLayoutTests
{
    private static BetRecord Record(string betJson, decimal? clv = null, bool resettled = false) => new()
    {
        BetId = "h-1",
        FixtureId = 4506508,
        Scope = BetScope.Away,
        Market = Market.Corners,
        Period = BetPeriod.SecondHalf,
        Selection = Selection.Under,
        Line = Line.Of(4.75m),
        Odds = 1.95m,
        Stake = 12.50m,
        PlacedAt = new DateTimeOffset(2025, 1, 5, 23, 59, 0, TimeSpan.FromHours(-2)),
        TrackedAt = new DateTimeOffset(2025, 1, 5, 12, 0, 0, TimeSpan.Zero),
        Status = SettlementStatus.HalfWon,
        Returns = 18.34m,
        ProfitLoss = 5.84m,
        Resettled = resettled,
        Clv = clv,
        LastOffset = 9,
        BetJson = betJson,
    };

    [Fact]
    public void A_bet_becomes_the_thirteen_columns_with_numbers_as_numbers()
    {
        var row = LedgerLayout.Proppr.Format(Record(
            """{"bet_id":"h-1","fixture_id":4506508,"home_team":"Liverpool","away_team":"Manchester United","scope":"away","market":"corners","period":"second_half","selection":"under","line":4.75,"odds":1.95,"stake":12.5}""",
            clv: 0.031m));

        row.Select(cell => cell.Text).Should().Equal(
            "2025-01-06", "Liverpool v Manchester United", "", "corners (second_half)", "4.75", "under", "1.95", "12.5",
            "half_won", "18.34", "5.84", "0.031", "h-1");
        row.Select(cell => cell.IsNumber).Should().Equal(
            false, false, false, false, true, false, true, true, false, true, true, true, false);
        LedgerLayout.Proppr.Header.Should().HaveCount(row.Length);
    }

    [Fact]
    public void Without_team_names_the_match_is_the_fixture_id_and_a_correction_says_so()
    {
        var row = LedgerLayout.Proppr.Format(Record(
            """{"bet_id":"h-1","fixture_id":4506508,"scope":"away","market":"corners","period":"second_half","selection":"under","line":4.75,"odds":1.95,"stake":12.5}""",
            resettled: true));

        row[1].Text.Should().Be("4506508");
        row[8].Text.Should().Be("half_won (corrected)");
        row[11].IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void The_old_layout_keeps_the_old_nine_columns_in_their_order_and_the_bet_id_after_them()
    {
        LedgerLayout.PropprV1.Header.Should().Equal("Date", "Match", "Player", "Market", "Threshold", "Direction", "Odds", "Result", "P/L", "Bet ID");

        var row = LedgerLayout.PropprV1.Format(Record(
            """{"bet_id":"h-1","fixture_id":4506508,"home_team":"Liverpool","away_team":"Manchester United","scope":"away","market":"corners","period":"second_half","selection":"under","line":4.75,"odds":1.95,"stake":12.5}""",
            clv: 0.031m, resettled: true));

        row.Select(cell => cell.Text).Should().Equal(
            "2025-01-06", "Liverpool v Manchester United", "", "corners (second_half)", "4.75", "under", "1.95", "half_win", "5.84", "h-1");
        row.Select(cell => cell.IsNumber).Should().Equal(false, false, false, false, true, false, true, false, true, false);
        LedgerLayout.PropprV1.BetIdOf(row).Should().Be("h-1");
    }

    [Theory]
    [InlineData(SettlementStatus.Won, "won")]
    [InlineData(SettlementStatus.Lost, "lost")]
    [InlineData(SettlementStatus.Refund, "refund")]
    [InlineData(SettlementStatus.HalfWon, "half_win")]
    [InlineData(SettlementStatus.HalfLost, "half_loss")]
    public void The_old_layout_writes_the_old_graders_result_words(SettlementStatus status, string word)
    {
        var row = LedgerLayout.PropprV1.Format(Record("""{"bet_id":"h-1"}""") with { Status = status });

        row[7].Text.Should().Be(word);
    }
}
