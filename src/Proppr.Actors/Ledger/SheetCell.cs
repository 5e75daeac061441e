using System.Globalization;

namespace Proppr.Actors.Ledger;

/// <summary>
/// One spreadsheet cell as the ledger writes and compares it: a number (sent as a JSON number, so the sheet can sum
/// it) or text. Cells compare by their canonical text, so 40, 40.0 and 40.00 are the same value.
/// </summary>
public readonly record struct SheetCell(string Text, bool IsNumber)
{
    public static readonly SheetCell Empty = new("", false);

    public static SheetCell Of(string? text) => new(text ?? "", false);

    public static SheetCell Of(decimal? number) => number is { } value ? new(Canonical(value), true) : Empty;

    public bool IsEmpty => Text.Length == 0;

    public bool SameValueAs(SheetCell other) => Text == other.Text;

    /// <summary>Shortest invariant form: trailing zeros dropped (2.50 → 2.5, 40.00 → 40).</summary>
    private static string Canonical(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public override string ToString() => Text;
}
