namespace Proppr.Bench;

/// <summary>Every scenario, in the order a run takes them.</summary>
public static class Scenarios
{
    public static IReadOnlyList<IScenario> All { get; } =
        [new BareTellScenario(), new TicksScenario(), new FullTimeBurstScenario(), new JournalEfficiencyScenario(), new ReadModelScenario(),
         new MatchDayScenario(), new ScreeningScenario(), new BulkImportScenario()];

    /// <summary>The scenarios <c>--only</c> names, or all of them.</summary>
    public static IReadOnlyList<IScenario> Selected(BenchOptions options) =>
        [.. All.Where(scenario => options.Only.Count == 0 || options.Only.Contains(scenario.Name))];
}
