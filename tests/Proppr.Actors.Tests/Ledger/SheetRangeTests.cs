using Proppr.Actors.Ledger;

namespace Proppr.Actors.Tests.Ledger;

public sealed class SheetRangeTests
{
    [Fact]
    public void Ranges_cover_the_thirteen_columns_of_proppr_layout_on_a_quoted_tab()
    {
        new LedgerTab("Ledger", LedgerLayout.Proppr).Rows(5, 7).Should().Be("'Ledger'!A5:M7");
        new LedgerTab("Bets 2026", LedgerLayout.Proppr).Row(1).Should().Be("'Bets 2026'!A1:M1");
        new LedgerTab("Bob's", LedgerLayout.Proppr).Table.Should().Be("'Bob''s'!A:M");
        new LedgerTab("Ledger", LedgerLayout.Proppr).BetIdColumn.Should().Be("'Ledger'!M2:M", "below the header");
    }

    [Fact]
    public void Ranges_of_the_old_layout_end_at_its_bet_id_in_column_J()
    {
        var tab = new LedgerTab("player", LedgerLayout.PropprV1);

        tab.Rows(2, 4).Should().Be("'player'!A2:J4");
        tab.BetIdColumn.Should().Be("'player'!J2:J");
    }

    [Fact]
    public void The_old_layout_gives_each_bot_type_its_tab_and_other_sources_none()
    {
        var tabs = new LedgerOptions { Layout = LedgerLayoutName.PropprV1 }.Tabs;

        tabs.Select(tab => tab.Name).Should().Equal("cerebro", "player", "team");
        tabs.Single(tab => tab.Name == "team").Takes("team").Should().BeTrue();
        tabs.Single(tab => tab.Name == "team").Takes("player").Should().BeFalse();
        tabs.Should().NotContain(tab => tab.Takes("desk") || tab.Takes(null));
        new LedgerOptions().Tabs.Should().ContainSingle().Which.Should().Match<LedgerTab>(tab => tab.Name == "Ledger" && tab.Takes(null) && tab.Takes("desk"));
    }

    [Theory]
    [InlineData("'Ledger'!A5:M7", 5)]
    [InlineData("Ledger!A12", 12)]
    [InlineData("'A!B'!$A$3:$M$4", 3)]
    public void The_first_row_is_read_from_the_range_the_api_answers(string range, int row) =>
        SheetRange.FirstRow(range).Should().Be(row);

    [Fact]
    public void A_range_without_a_row_is_a_format_error() =>
        FluentActions.Invoking(() => SheetRange.FirstRow("'Ledger'!A:M")).Should().Throw<FormatException>().WithMessage("*names no row*");
}
