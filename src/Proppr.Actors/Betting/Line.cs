namespace Proppr.Actors.Betting;

/// <summary>
/// A betting line in quarter steps: whole (2.0, a push is possible), half (2.5, no push) or quarter (2.25, the stake
/// split evenly over the two neighbouring lines, 2.0 and 2.5).
/// </summary>
public readonly record struct Line
{
    public decimal Value { get; }

    private Line(decimal value) => Value = value;

    public static bool TryCreate(decimal value, out Line line)
    {
        line = new Line(value);
        return decimal.Remainder(value, 0.25m) == 0m;
    }

    public static Line Of(decimal value) =>
        TryCreate(value, out var line) ? line : throw new ArgumentOutOfRangeException(nameof(value), value, "a line is a multiple of 0.25");

    public bool IsQuarter => decimal.Remainder(Value, 0.5m) != 0m;

    /// <summary>The lines the stake is actually on: the line itself, or for a quarter line its two neighbours, half the stake each.</summary>
    public IReadOnlyList<decimal> StakeLines => IsQuarter ? [Value - 0.25m, Value + 0.25m] : [Value];

    public override string ToString() => Value.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture);
}
