using System.Collections.Immutable;
using Proppr.Actors.Ledger;

namespace Proppr.Actors.Tests.Ledger;

public sealed class LedgerPlannerTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 14, 12, 0, 0, TimeSpan.Zero);

    private static ImmutableArray<SheetCell> Row(string betId, decimal stake) =>
        [SheetCell.Of("2026-03-14"), SheetCell.Of("Liverpool v Manchester United"), .. Enumerable.Repeat(SheetCell.Empty, 5),
         SheetCell.Of(stake), .. Enumerable.Repeat(SheetCell.Empty, 4), SheetCell.Of(betId)];

    private static LedgerEntry Entry(string betId, int row, int minutesAgo) => new(betId, row, 10, Noon.AddMinutes(-minutesAgo));

    [Fact]
    public void Bets_with_a_row_are_rewritten_in_place_and_the_rest_appended_in_order()
    {
        LedgerWrite[] due = [new("a", 3, Row("a", 10)), new("b", 6, Row("b", 25)), new("c", 9, Row("c", 5))];

        var plan = LedgerPlanner.PlanWrites(due, new Dictionary<string, int> { ["b"] = 7 });

        plan.Updates.Should().Equal(new PlacedWrite(7, due[1]));
        plan.Appends.Should().Equal(due[0], due[2]);
    }

    [Fact]
    public void The_bet_id_column_gives_the_first_row_of_each_id_and_skips_blanks()
    {
        IReadOnlyList<SheetCell>[] column = [[SheetCell.Of("Bet ID")], [SheetCell.Of("a")], [], [SheetCell.Of("b")], [SheetCell.Of("a")]];

        var rows = LedgerPlanner.RowsByBetId(column, firstRow: 1);

        rows.Should().BeEquivalentTo(new Dictionary<string, int> { ["Bet ID"] = 1, ["a"] = 2, ["b"] = 4 });
    }

    [Fact]
    public void The_check_starts_at_the_row_checked_longest_ago_and_takes_the_next_oldest_that_fit_the_span()
    {
        // Oldest first: row 40, then 45, then 300 (too far from 40..45 for a span of 10), then 36.
        LedgerEntry[] oldest = [Entry("p", 40, 90), Entry("q", 45, 80), Entry("r", 300, 70), Entry("s", 36, 60)];

        LedgerPlanner.PlanCheck(oldest, maxSpan: 10).Should().Be((36, 45));
        LedgerPlanner.PlanCheck(oldest, maxSpan: 1).Should().Be((40, 40), "the oldest row is always checked");
        LedgerPlanner.PlanCheck([], maxSpan: 10).Should().BeNull();
    }

    [Fact]
    public void Rows_that_differ_are_restored_and_strays_carrying_a_ledger_bet_are_blanked()
    {
        var expected = new Dictionary<int, ImmutableArray<SheetCell>> { [5] = Row("a", 10), [6] = Row("b", 25), [8] = Row("c", 5) };
        IReadOnlyList<SheetCell>[] actual =
        [
            Row("a", 10),                            // 5: as it should be
            [.. Row("b", 25).SetItem(7, SheetCell.Of("999"))],   // 6: stake typed over
            Row("a", 10),                            // 7: nobody's row, but a copy of a's
            // 8: c's row is missing (the read stops early)
        ];

        var repairs = LedgerPlanner.Repairs(LedgerLayout.Proppr, 5, 8, actual, expected, new HashSet<string> { "a" });

        repairs.Should().BeEquivalentTo(
            [new PlacedCells(6, Row("b", 25)), new PlacedCells(7, LedgerLayout.Proppr.Blank), new PlacedCells(8, Row("c", 5))],
            options => options.WithStrictOrdering());
    }

    [Fact]
    public void A_note_typed_in_a_row_nobody_owns_is_left_alone()
    {
        IReadOnlyList<SheetCell>[] actual = [[SheetCell.Of("remember to check the corners")], Row("a", 10)];

        LedgerPlanner.Repairs(LedgerLayout.Proppr, 5, 6, actual, new Dictionary<int, ImmutableArray<SheetCell>> { [6] = Row("a", 10) }, new HashSet<string>())
            .Should().BeEmpty();
    }

    [Fact]
    public void Numbers_read_back_with_another_scale_or_trailing_cells_missing_still_show_the_row()
    {
        ImmutableArray<SheetCell> written = [SheetCell.Of(20.00m), SheetCell.Of(-25m), SheetCell.Empty];
        IReadOnlyList<SheetCell> read = [SheetCell.Of(20m), SheetCell.Of(-25.0m)];

        LedgerLayout.Shows(read, written).Should().BeTrue();
        LedgerLayout.Shows([SheetCell.Of(20m), SheetCell.Of("-25")], written).Should().BeTrue("a number typed by hand reads back as its text");
        LedgerLayout.Shows([SheetCell.Of(21m)], written).Should().BeFalse();
        SheetCell.Of(2.50m).Text.Should().Be("2.5");
        SheetCell.Of(-0.125m).Text.Should().Be("-0.125");
    }
}
