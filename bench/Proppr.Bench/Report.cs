using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Proppr.Bench;

/// <summary>The figures as a table for people and as JSON for the record, with the machine they were measured on.</summary>
public static class Report
{
    public static string Machine =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024)} GiB, " +
        $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    public static string Table(IReadOnlyList<Figure> figures, BenchOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Proppr bench ({(options.Quick ? "quick" : "full")}) on {Machine}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"scenario",-16} {"figure",-48} {"value",14} {"unit",-7} {"ratio",8}  target");
        foreach (var figure in figures)
        {
            var ratio = figure.Ratio is { } r ? r.ToString("P0", CultureInfo.InvariantCulture) : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{figure.Scenario,-16} {figure.Name,-48} {figure.Value,14:N1} {figure.Unit,-7} {ratio,8}  {figure.Target}");
        }
        return text.ToString();
    }

    public static string Json(IReadOnlyList<Figure> figures, BenchOptions options) =>
        JsonSerializer.Serialize(new
        {
            machine = Machine,
            mode = options.Quick ? "quick" : "full",
            figures = figures.Select(f => new { f.Scenario, f.Name, f.Value, f.Unit, f.Baseline, f.Ratio, f.Target }),
        }, new JsonSerializerOptions { WriteIndented = true });
}
