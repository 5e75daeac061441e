using System.Data.Common;
using Proppr.Actors.Hosting;

namespace Proppr.Actors.Ledger;

/// <summary>
/// The ledger's own bookkeeping beside the read model: a row per bet written (its sheet row and last check) and how
/// far through the settlement history the ledger has read. Keyed by ledger (spreadsheet and tab), so a new sheet
/// starts empty.
/// </summary>
public sealed class LedgerStore(DatabaseOptions database, string ledger)
{
    private const string Rows = "ledger_rows";
    private const string Progress = "ledger_progress";
    private const string SelectEntries = $"SELECT bet_id, sheet_row, settlement_offset, last_checked_ms FROM {Rows}";

    /// <summary>Its tables, created by <see cref="DatabaseSchema"/>.</summary>
    internal static readonly string[] Create =
    [
        $"""
        CREATE TABLE IF NOT EXISTS {Rows} (
            ledger TEXT NOT NULL,
            bet_id TEXT NOT NULL,
            sheet_row BIGINT NOT NULL,
            settlement_offset BIGINT NOT NULL,
            last_checked_ms BIGINT NOT NULL,
            PRIMARY KEY (ledger, bet_id))
        """,
        $"CREATE INDEX IF NOT EXISTS {Rows}_checked ON {Rows} (ledger, last_checked_ms)",
        $"CREATE INDEX IF NOT EXISTS {Rows}_row ON {Rows} (ledger, sheet_row)",
        $"""
        CREATE TABLE IF NOT EXISTS {Progress} (
            ledger TEXT PRIMARY KEY,
            last_offset BIGINT NOT NULL)
        """,
    ];

    /// <summary>The journal offset of the last settlement written to the sheet (0 before the first).</summary>
    public async Task<long> ProgressAsync(CancellationToken cancellationToken) =>
        (await database.QueryAsync($"SELECT last_offset FROM {Progress} WHERE ledger = @ledger", reader => reader.GetInt64(0), cancellationToken,
            ("ledger", ledger))).SingleOrDefault();

    public Task<IReadOnlyList<LedgerEntry>> EntriesAsync(IReadOnlyCollection<string> betIds, CancellationToken cancellationToken) =>
        database.QueryInChunksAsync(betIds, list => $"{SelectEntries} WHERE ledger = @ledger AND bet_id IN ({list})", Read, cancellationToken,
            ("ledger", ledger));

    /// <summary>The entries checked longest ago (never-checked first), at most <paramref name="limit"/>.</summary>
    public Task<IReadOnlyList<LedgerEntry>> OldestCheckedAsync(int limit, CancellationToken cancellationToken) =>
        QueryAsync("WHERE ledger = @ledger ORDER BY last_checked_ms, sheet_row LIMIT @limit", cancellationToken,
            ("ledger", ledger), ("limit", limit));

    /// <summary>Every entry whose row lies in [<paramref name="first"/>, <paramref name="last"/>].</summary>
    public Task<IReadOnlyList<LedgerEntry>> InRowsAsync(int first, int last, CancellationToken cancellationToken) =>
        QueryAsync("WHERE ledger = @ledger AND sheet_row >= @first AND sheet_row <= @last ORDER BY sheet_row", cancellationToken,
            ("ledger", ledger), ("first", first), ("last", last));

    /// <summary>Saves written rows and, in the same transaction, how far the settlement history has been read.</summary>
    public async Task SaveWrittenAsync(IReadOnlyList<LedgerEntry> entries, long progress, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var entry in entries)
        {
            await transaction.ExecuteAsync($"""
                INSERT INTO {Rows} (ledger, bet_id, sheet_row, settlement_offset, last_checked_ms)
                VALUES (@ledger, @bet_id, @sheet_row, @settlement_offset, @last_checked_ms)
                ON CONFLICT (ledger, bet_id) DO UPDATE SET sheet_row = excluded.sheet_row,
                    settlement_offset = excluded.settlement_offset, last_checked_ms = excluded.last_checked_ms
                """,
                cancellationToken,
                ("ledger", ledger),
                ("bet_id", entry.BetId),
                ("sheet_row", entry.SheetRow),
                ("settlement_offset", entry.SettlementOffset),
                ("last_checked_ms", entry.LastChecked.ToUnixTimeMilliseconds()));
        }
        await transaction.ExecuteAsync($"""
            INSERT INTO {Progress} (ledger, last_offset) VALUES (@ledger, @offset)
            ON CONFLICT (ledger) DO UPDATE SET last_offset = excluded.last_offset
            """,
            cancellationToken,
            ("ledger", ledger), ("offset", progress));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Marks every row of this ledger as never checked, so the rotation verifies them all before any again (a forced
    /// resync, as the old system's clearing of <c>last_sync_check</c>). Answers how many rows that queues.
    /// </summary>
    public async Task<int> ForgetChecksAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync($"UPDATE {Rows} SET last_checked_ms = 0 WHERE ledger = @ledger", cancellationToken, ("ledger", ledger));
    }

    public async Task MarkCheckedAsync(IReadOnlyCollection<string> betIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (list, parameters) in DatabaseCommands.InChunks(betIds))
        {
            await transaction.ExecuteAsync(
                $"UPDATE {Rows} SET last_checked_ms = @at WHERE ledger = @ledger AND bet_id IN ({list})",
                cancellationToken,
                [("at", at.ToUnixTimeMilliseconds()), ("ledger", ledger), .. parameters]);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private Task<IReadOnlyList<LedgerEntry>> QueryAsync(
        string where, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        database.QueryAsync($"{SelectEntries} {where}", Read, cancellationToken, parameters);

    private static LedgerEntry Read(DbDataReader reader) => new(
        reader.GetString(0),
        checked((int)reader.GetInt64(1)),
        reader.GetInt64(2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)));
}
