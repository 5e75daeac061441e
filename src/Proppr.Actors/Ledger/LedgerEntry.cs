namespace Proppr.Actors.Ledger;

/// <summary>
/// Where one bet's row is in the sheet, which settlement it was last written from (a journal offset), and when the
/// sheet was last seen to show it.
/// </summary>
public sealed record LedgerEntry(string BetId, int SheetRow, long SettlementOffset, DateTimeOffset LastChecked);
