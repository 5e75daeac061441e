using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Ledger;

/// <summary>
/// One round of the ledger on one tab: write the settlements of the tab's bets made since the last round (new bets appended in one call, changed
/// ones rewritten in place in one call), then verify the rows checked longest ago and repair what differs. The sheet is
/// written before the ledger table records it, so a crash in between repeats a write rather than losing one; a repeated
/// append is prevented by looking the bet ids up in the sheet first, whenever such a gap may be open.
/// </summary>
public sealed class LedgerCycle(SheetsClient sheets, LedgerStore store, BetQueries queries, LedgerOptions options, LedgerTab tab)
{
    private bool _headerChecked;

    /// <summary>
    /// Whether every row appended is in the ledger table, so an append need not look for its bets in the sheet: not
    /// until the first write since connecting is saved (a crash may have come between an append and its save), nor
    /// after a write that failed.
    /// </summary>
    private bool _tableHoldsEveryAppend;

    public async Task<LedgerCycleReport> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!_headerChecked)
        {
            await EnsureHeaderAsync(cancellationToken);
            _headerChecked = true;
        }
        var (appended, updated) = await WriteNewSettlementsAsync(now, cancellationToken);
        var (checkedRows, repaired) = await VerifyOldestAsync(now, cancellationToken);
        return new LedgerCycleReport(appended, updated, checkedRows, repaired);
    }

    private async Task EnsureHeaderAsync(CancellationToken cancellationToken)
    {
        var range = tab.Row(1);
        var shown = await sheets.GetAsync(range, cancellationToken);
        if (shown.Count == 0 || !LedgerLayout.Shows(shown[0], tab.Layout.HeaderCells))
        {
            await sheets.BatchUpdateAsync([(range, [tab.Layout.HeaderCells])], cancellationToken);
        }
    }

    private async Task<(int Appended, int Updated)> WriteNewSettlementsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var progress = await store.ProgressAsync(cancellationToken);
        var settlements = await queries.SettlementsAfterAsync(progress, options.SettlementsPerCycle, cancellationToken);
        if (settlements.Count == 0)
        {
            return (0, 0);
        }
        // A bet settled and corrected within one batch is written once, as it stands now.
        var betIds = settlements.Select(s => s.BetId).Distinct(StringComparer.Ordinal).ToList();
        var bets = (await queries.BetsByIdsAsync(betIds, cancellationToken)).ToDictionary(bet => bet.BetId, StringComparer.Ordinal);
        var due = betIds.Select(bets.GetValueOrDefault).OfType<BetRecord>()
            .Where(bet => bet is { Status: not SettlementStatus.Pending, SettlementOffset: not null } && tab.Takes(bet.Source))
            .Select(bet => new LedgerWrite(bet.BetId, bet.SettlementOffset!.Value, tab.Layout.Format(bet)))
            .ToList();
        var rows = (await store.EntriesAsync([.. due.Select(d => d.BetId)], cancellationToken))
            .ToDictionary(entry => entry.BetId, entry => entry.SheetRow, StringComparer.Ordinal);
        var plan = LedgerPlanner.PlanWrites(due, rows);
        if (plan.Appends.Length > 0 && !_tableHoldsEveryAppend)
        {
            plan = LedgerPlanner.PlanWrites(due, await WithRowsFoundInSheetAsync(rows, cancellationToken));
        }

        _tableHoldsEveryAppend = false;
        await sheets.BatchUpdateAsync(
            [.. plan.Updates.Select(u => (tab.Row(u.SheetRow), (IReadOnlyList<IReadOnlyList<SheetCell>>)[u.Write.Cells]))],
            cancellationToken);
        var written = plan.Updates.Select(u => new LedgerEntry(u.Write.BetId, u.SheetRow, u.Write.SettlementOffset, now)).ToList();
        if (plan.Appends.Length > 0)
        {
            var firstRow = await sheets.AppendAsync(
                tab.Table, [.. plan.Appends.Select(a => (IReadOnlyList<SheetCell>)a.Cells)], cancellationToken);
            written.AddRange(plan.Appends.Select((a, i) => new LedgerEntry(a.BetId, firstRow + i, a.SettlementOffset, now)));
        }
        await store.SaveWrittenAsync(written, settlements[^1].Offset, cancellationToken);
        _tableHoldsEveryAppend = true;
        return (plan.Appends.Length, plan.Updates.Length);
    }

    private async Task<IReadOnlyDictionary<string, int>> WithRowsFoundInSheetAsync(
        Dictionary<string, int> known, CancellationToken cancellationToken)
    {
        var column = await sheets.GetAsync(tab.BetIdColumn, cancellationToken);
        var rows = new Dictionary<string, int>(known, StringComparer.Ordinal);
        foreach (var (betId, row) in LedgerPlanner.RowsByBetId([.. column.Select(r => (IReadOnlyList<SheetCell>)r)], SheetRange.FirstDataRow))
        {
            rows.TryAdd(betId, row);
        }
        return rows;
    }

    private async Task<(int Checked, int Repaired)> VerifyOldestAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var oldest = await store.OldestCheckedAsync(options.ChecksPerCycle, cancellationToken);
        if (LedgerPlanner.PlanCheck(oldest, options.MaxCheckSpan) is not { } span)
        {
            return (0, 0);
        }
        var (first, last) = span;
        var owned = await store.InRowsAsync(first, last, cancellationToken);
        var bets = (await queries.BetsByIdsAsync(owned.Select(entry => entry.BetId), cancellationToken))
            .ToDictionary(bet => bet.BetId, StringComparer.Ordinal);
        var expected = new Dictionary<int, ImmutableArray<SheetCell>>();
        foreach (var entry in owned)
        {
            // A bet the read model no longer holds (a rebuild under way) keeps its row as it is until it is back.
            if (bets.GetValueOrDefault(entry.BetId) is { } bet)
            {
                expected[entry.SheetRow] = tab.Layout.Format(bet);
            }
        }
        var actual = (await sheets.GetAsync(tab.Rows(first, last), cancellationToken))
            .Select(row => (IReadOnlyList<SheetCell>)row).ToList();
        var strangers = actual
            .Select((row, i) => (Row: first + i, BetId: tab.Layout.BetIdOf(row)))
            .Where(r => r.BetId is not null && !expected.ContainsKey(r.Row))
            .Select(r => r.BetId!)
            .ToHashSet(StringComparer.Ordinal);
        var ledgerBets = (await store.EntriesAsync(strangers, cancellationToken)).Select(e => e.BetId).ToHashSet(StringComparer.Ordinal);

        var repairs = LedgerPlanner.Repairs(tab.Layout, first, last, actual, expected, ledgerBets);
        await sheets.BatchUpdateAsync(
            [.. repairs.Select(r => (tab.Row(r.SheetRow), (IReadOnlyList<IReadOnlyList<SheetCell>>)[r.Cells]))],
            cancellationToken);
        await store.MarkCheckedAsync([.. owned.Select(e => e.BetId)], now, cancellationToken);
        return (owned.Count, repairs.Length);
    }
}

/// <summary>What one cycle did: rows appended, rewritten in place for a new settlement, verified, and repaired.</summary>
public sealed record LedgerCycleReport(int Appended, int Updated, int Checked, int Repaired)
{
    /// <summary>A round over several tabs reports their cycles together.</summary>
    public static LedgerCycleReport operator +(LedgerCycleReport a, LedgerCycleReport b) =>
        new(a.Appended + b.Appended, a.Updated + b.Updated, a.Checked + b.Checked, a.Repaired + b.Repaired);
}
