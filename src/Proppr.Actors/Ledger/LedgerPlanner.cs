using System.Collections.Immutable;

namespace Proppr.Actors.Ledger;

/// <summary>
/// The ledger's decisions, free of I/O: which rows to write in place and which to append, which stretch of the sheet
/// to verify next, and what to rewrite there. The rotation always starts from the row checked longest ago, so every
/// row is verified in turn however large the sheet grows.
/// </summary>
public static class LedgerPlanner
{
    /// <summary>
    /// Bets with a row already (<paramref name="rowsByBet"/>: the ledger table's, or found in the sheet) are rewritten
    /// in place; the others are appended, in the order given.
    /// </summary>
    public static LedgerWritePlan PlanWrites(IReadOnlyList<LedgerWrite> due, IReadOnlyDictionary<string, int> rowsByBet) => new(
        [.. due.Where(write => rowsByBet.ContainsKey(write.BetId)).Select(write => new PlacedWrite(rowsByBet[write.BetId], write))],
        [.. due.Where(write => !rowsByBet.ContainsKey(write.BetId))]);

    /// <summary>
    /// The first row holding each bet id in a read of the bet-id column that starts at <paramref name="firstRow"/>:
    /// rows written before a crash lost their record are adopted instead of appended twice.
    /// </summary>
    public static IReadOnlyDictionary<string, int> RowsByBetId(IReadOnlyList<IReadOnlyList<SheetCell>> column, int firstRow)
    {
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < column.Count; i++)
        {
            if (column[i] is [{ IsEmpty: false } id, ..])
            {
                rows.TryAdd(id.Text, firstRow + i);
            }
        }
        return rows;
    }

    /// <summary>
    /// The rows to verify this cycle: from the row checked longest ago (<paramref name="oldestFirst"/>[0]), taking the
    /// next-oldest while the stretch read stays within <paramref name="maxSpan"/> rows. Null when nothing is written yet.
    /// </summary>
    public static (int First, int Last)? PlanCheck(IReadOnlyList<LedgerEntry> oldestFirst, int maxSpan)
    {
        if (oldestFirst.Count == 0)
        {
            return null;
        }
        var first = oldestFirst[0].SheetRow;
        var last = first;
        foreach (var entry in oldestFirst.Skip(1))
        {
            var newFirst = Math.Min(first, entry.SheetRow);
            var newLast = Math.Max(last, entry.SheetRow);
            if (newLast - newFirst + 1 <= maxSpan)
            {
                (first, last) = (newFirst, newLast);
            }
        }
        return (first, last);
    }

    /// <summary>
    /// What to rewrite in the rows read from <paramref name="firstRow"/> on: a row of ours that does not show what it
    /// should (edited, cleared, shifted by a deleted row) gets its content back; a row that is nobody's but carries the
    /// id of a bet the ledger has elsewhere is a duplicate and is blanked. Anything else a person typed is left alone.
    /// </summary>
    public static ImmutableArray<PlacedCells> Repairs(
        LedgerLayout layout,
        int firstRow,
        int lastRow,
        IReadOnlyList<IReadOnlyList<SheetCell>> actual,
        IReadOnlyDictionary<int, ImmutableArray<SheetCell>> expectedByRow,
        IReadOnlySet<string> ledgerBets)
    {
        var repairs = ImmutableArray.CreateBuilder<PlacedCells>();
        for (var row = firstRow; row <= lastRow; row++)
        {
            var index = row - firstRow;
            IReadOnlyList<SheetCell> shown = index < actual.Count ? actual[index] : [];
            if (expectedByRow.TryGetValue(row, out var expected))
            {
                if (!LedgerLayout.Shows(shown, expected))
                {
                    repairs.Add(new PlacedCells(row, expected));
                }
            }
            else if (layout.BetIdOf(shown) is { } betId && ledgerBets.Contains(betId))
            {
                repairs.Add(new PlacedCells(row, layout.Blank));
            }
        }
        return repairs.ToImmutable();
    }
}

/// <summary>A bet's row as its settlement at <see cref="SettlementOffset"/> makes it.</summary>
public sealed record LedgerWrite(string BetId, long SettlementOffset, ImmutableArray<SheetCell> Cells);

/// <summary>A write to a known row.</summary>
public sealed record PlacedWrite(int SheetRow, LedgerWrite Write);

/// <summary>Cells for one row of the sheet.</summary>
public sealed record PlacedCells(int SheetRow, ImmutableArray<SheetCell> Cells);

public sealed record LedgerWritePlan(ImmutableArray<PlacedWrite> Updates, ImmutableArray<LedgerWrite> Appends);
