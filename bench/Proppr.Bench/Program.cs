using Proppr.Bench;

var options = BenchOptions.Parse(args);
var figures = new List<Figure>();
foreach (var scenario in Scenarios.Selected(options))
{
    Console.Error.WriteLine($"running {scenario.Name}...");
    figures.AddRange(await scenario.RunAsync(options));
}
Console.WriteLine(Report.Table(figures, options));
if (options.JsonPath is { } path)
{
    await File.WriteAllTextAsync(path, Report.Json(figures, options));
}
