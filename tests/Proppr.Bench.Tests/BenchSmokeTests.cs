using Proppr.Actors.Hosting;

namespace Proppr.Bench.Tests;

/// <summary>The harness runs every scenario end to end at toy sizes and reports each figure; no timing is judged here.</summary>
public sealed class BenchSmokeTests
{
    private static readonly BenchOptions Tiny = new(Quick: true, [DatabaseProvider.Sqlite], JsonPath: null)
    {
        BareMessages = 10_000,
        TickFixtures = 10,
        Ticks = 1_000,
        BurstBets = 40,
        BurstFixtures = 4,
        BurstRepeats = 1,
        JournalEvents = 300,
        ReadModelBets = 50,
        MatchDayFixtures = 2,
        MatchDayBets = 20,
        ScreeningBets = 500,
        ImportBets = 200,
        ImportIdle = TimeSpan.Zero,
    };

    [Fact]
    public async Task Every_scenario_reports_its_figures_and_the_report_shows_them()
    {
        var figures = new List<Figure>();
        foreach (var scenario in Scenarios.All)
        {
            figures.AddRange(await scenario.RunAsync(Tiny));
        }

        figures.Select(f => f.Scenario).Distinct().Should().Equal(
            "bare-tell", "ticks", "full-time-burst", "journal", "read-model", "match-day", "screening", "bulk-import");
        var allocation = figures.Where(f => f.Name.StartsWith("allocated per tick", StringComparison.Ordinal)).ToArray();
        allocation.Should().HaveCount(2, "bytes per tick of the book rules alone and through the fixtures").And.OnlyContain(f => f.Unit == "bytes" && f.Value >= 0);
        figures.Except(allocation).Should().OnlyContain(f => f.Value > 0, "only allocation may be zero: its target");
        figures.Where(f => f.Scenario == "full-time-burst").Should().HaveCount(4, "p50 and p99 of both burst shapes");
        figures.Single(f => f.Name.StartsWith("journal events/s", StringComparison.Ordinal)).Ratio.Should().BePositive();
        figures.Single(f => f.Name.StartsWith("ticks/s", StringComparison.Ordinal)).Ratio.Should().BePositive();
        figures.Single(f => f.Name.StartsWith("read model events/s, batches", StringComparison.Ordinal)).Ratio.Should().BePositive();
        figures.Single(f => f.Name.StartsWith("heap per open bet", StringComparison.Ordinal)).Unit.Should().Be("bytes");
        var table = Report.Table(figures, Tiny);
        figures.Should().OnlyContain(f => table.Contains(f.Name, StringComparison.Ordinal));
        Report.Json(figures, Tiny).Should().Contain("\"machine\"");
    }

    [Fact]
    public void Options_pick_the_mode_the_databases_the_json_file_and_the_scenarios()
    {
        var options = BenchOptions.Parse(["--quick", "--postgres", "--json", "out.json", "--only", "ticks,match-day"]);

        options.Quick.Should().BeTrue();
        options.Databases.Should().Equal(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql);
        options.JsonPath.Should().Be("out.json");
        Scenarios.Selected(options).Select(s => s.Name).Should().Equal("ticks", "match-day");
        Scenarios.Selected(BenchOptions.Parse([])).Should().HaveCount(Scenarios.All.Count);
    }
}
