using System.Globalization;
using System.Text.RegularExpressions;

namespace Proppr.Actors.Ledger;

/// <summary>
/// A1 ranges of the ledger's sheet: whole rows across the ledger's columns (<c>'Ledger'!A5:M7</c>), and the row
/// numbers back out of a range the Sheets API answers with.
/// </summary>
public static partial class SheetRange
{
    /// <summary>The last ledger column's letter (13 columns: M).</summary>
    public static string LastColumn => ((char)('A' + LedgerRow.ColumnCount - 1)).ToString();

    public static string Rows(string sheet, int first, int last) =>
        $"{Quote(sheet)}!A{first.ToString(CultureInfo.InvariantCulture)}:{LastColumn}{last.ToString(CultureInfo.InvariantCulture)}";

    public static string Row(string sheet, int row) => Rows(sheet, row, row);

    /// <summary>The bet id column below the header (from row <see cref="FirstDataRow"/>): to find rows by bet id.</summary>
    public static string BetIdColumn(string sheet) => $"{Quote(sheet)}!{LastColumn}{FirstDataRow}:{LastColumn}";

    /// <summary>Row 1 is the header.</summary>
    public const int FirstDataRow = 2;

    /// <summary>The table the ledger appends to (the API finds its end).</summary>
    public static string Table(string sheet) => $"{Quote(sheet)}!A:{LastColumn}";

    /// <summary>The first row number of a range such as <c>'Ledger'!A5:M7</c> or <c>Ledger!A5</c>.</summary>
    /// <exception cref="FormatException">It names no row.</exception>
    public static int FirstRow(string range)
    {
        var cells = range[(range.LastIndexOf('!') + 1)..];
        var match = FirstCell().Match(cells);
        return match.Success
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new FormatException($"'{range}' names no row");
    }

    /// <summary>Sheet names are quoted, a quote doubled, so names with spaces or punctuation work.</summary>
    private static string Quote(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"^\$?[A-Za-z]+\$?(\d+)")]
    private static partial Regex FirstCell();
}
