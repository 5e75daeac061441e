namespace Proppr.Actors.Ledger;

/// <summary>Which <see cref="LedgerLayout"/> the spreadsheet is kept in (<c>Ledger:Layout</c>).</summary>
public enum LedgerLayoutName
{
    Proppr,
    PropprV1,
}
