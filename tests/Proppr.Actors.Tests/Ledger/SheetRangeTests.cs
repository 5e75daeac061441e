using Proppr.Actors.Ledger;

namespace Proppr.Actors.Tests.Ledger;

public sealed class SheetRangeTests
{
    [Fact]
    public void Ranges_cover_the_thirteen_ledger_columns_on_a_quoted_tab()
    {
        SheetRange.Rows("Ledger", 5, 7).Should().Be("'Ledger'!A5:M7");
        SheetRange.Row("Bets 2026", 1).Should().Be("'Bets 2026'!A1:M1");
        SheetRange.Table("Bob's").Should().Be("'Bob''s'!A:M");
        SheetRange.BetIdColumn("Ledger").Should().Be("'Ledger'!M2:M", "below the header");
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
