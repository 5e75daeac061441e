using System.Globalization;

namespace Proppr.Actors.Ledger;

/// <summary>
/// One tab the ledger writes: its name, its layout, and whose bets it takes (bets of these sources; every bet when
/// <see cref="Sources"/> is null). Its A1 ranges span exactly the layout's columns.
/// </summary>
public sealed record LedgerTab(string Name, LedgerLayout Layout, IReadOnlySet<string>? Sources = null)
{
    public bool Takes(string? source) =>
        Sources is null || (source is not null && Sources.Contains(source));

    /// <summary>The last column's letter (13 columns: M).</summary>
    public string LastColumn => ((char)('A' + Layout.ColumnCount - 1)).ToString();

    /// <summary>Whole rows across the layout's columns: <c>'Ledger'!A5:M7</c>.</summary>
    public string Rows(int first, int last) =>
        $"{Quoted}!A{first.ToString(CultureInfo.InvariantCulture)}:{LastColumn}{last.ToString(CultureInfo.InvariantCulture)}";

    public string Row(int row) => Rows(row, row);

    /// <summary>The bet id column below the header: to find rows by bet id.</summary>
    public string BetIdColumn => $"{Quoted}!{LastColumn}{SheetRange.FirstDataRow}:{LastColumn}";

    /// <summary>The table the ledger appends to (the API finds its end).</summary>
    public string Table => $"{Quoted}!A:{LastColumn}";

    /// <summary>Sheet names are quoted, a quote doubled, so names with spaces or punctuation work.</summary>
    private string Quoted => "'" + Name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
