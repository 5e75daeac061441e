namespace Proppr.Bench;

/// <summary>One measured figure; with a baseline from the same run, the ratio between them.</summary>
public sealed record Figure(string Scenario, string Name, double Value, string Unit, double? Baseline = null, string? Target = null)
{
    public double? Ratio => Baseline is > 0 ? Value / Baseline : null;
}
