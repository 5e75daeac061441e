using Proppr.Bench;

var options = BenchOptions.Parse(args);
IScenario[] scenarios = [new BareTellScenario(), new TicksScenario(), new FullTimeBurstScenario(), new JournalEfficiencyScenario(), new MatchDayScenario()];
var figures = new List<Figure>();
foreach (var scenario in scenarios.Where(s => options.Only.Count == 0 || options.Only.Contains(s.Name)))
{
    Console.Error.WriteLine($"running {scenario.Name}...");
    figures.AddRange(await scenario.RunAsync(options));
}
Console.WriteLine(Report.Table(figures, options));
if (options.JsonPath is { } path)
{
    await File.WriteAllTextAsync(path, Report.Json(figures, options));
}
