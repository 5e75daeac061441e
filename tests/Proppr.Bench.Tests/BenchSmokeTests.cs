using Proppr.Actors.Hosting;

namespace Proppr.Bench.Tests;

/// <summary>The harness runs every scenario end to end at toy sizes and reports each figure; no timing is judged here.</summary>
public sealed class BenchSmokeTests
{
    private static readonly BenchOptions Tiny = new(Quick: true, [DatabaseProvider.Sqlite], JsonPath: null)
    {
        BareMessages = 10_000,
        BurstBets = 40,
        BurstRepeats = 1,
        JournalEvents = 300,
    };

    [Fact]
    public async Task Every_scenario_reports_its_figures_and_the_report_shows_them()
    {
        IScenario[] scenarios = [new BareTellScenario(), new FullTimeBurstScenario(), new JournalEfficiencyScenario()];
        var figures = new List<Figure>();
        foreach (var scenario in scenarios)
        {
            figures.AddRange(await scenario.RunAsync(Tiny));
        }

        figures.Select(f => f.Scenario).Distinct().Should().Equal("bare-tell", "full-time-burst", "journal");
        figures.Should().OnlyContain(f => f.Value > 0);
        figures.Single(f => f.Name.StartsWith("journal events/s", StringComparison.Ordinal)).Ratio.Should().BePositive();
        var table = Report.Table(figures, Tiny);
        figures.Should().OnlyContain(f => table.Contains(f.Name, StringComparison.Ordinal));
        Report.Json(figures, Tiny).Should().Contain("\"machine\"");
    }
}
