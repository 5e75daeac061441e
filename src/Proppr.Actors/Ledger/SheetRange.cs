using System.Globalization;
using System.Text.RegularExpressions;

namespace Proppr.Actors.Ledger;

/// <summary>
/// What every ledger tab shares about A1 ranges: row 1 is the header, and the row numbers come back out of a range the
/// Sheets API answers with. A tab's own ranges are <see cref="LedgerTab"/>'s.
/// </summary>
public static partial class SheetRange
{
    /// <summary>Row 1 is the header.</summary>
    public const int FirstDataRow = 2;

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

    [GeneratedRegex(@"^\$?[A-Za-z]+\$?(\d+)")]
    private static partial Regex FirstCell();
}
