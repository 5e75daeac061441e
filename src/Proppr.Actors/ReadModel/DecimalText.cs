using System.Globalization;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// Money, odds and lines in the read model's tables: invariant-culture text, exact in both databases (never a float),
/// read back to the same decimal.
/// </summary>
internal static class DecimalText
{
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Format(decimal? value) => value is { } number ? Format(number) : null;

    public static decimal Parse(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
