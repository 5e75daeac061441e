using Proppr.Actors.Hosting;

namespace Proppr.Bench;

/// <summary>How big each scenario runs: <c>--quick</c> for a smoke run under two minutes, the default for the record.</summary>
public sealed record BenchOptions(bool Quick, IReadOnlyList<DatabaseProvider> Databases, string? JsonPath)
{
    public int BareMessages { get; init; } = Quick ? 2_000_000 : 10_000_000;
    public int BurstBets { get; init; } = 10_000;
    /// <summary>The second burst shape spreads <see cref="BurstBets"/> over this many fixtures.</summary>
    public int BurstFixtures { get; init; } = 100;
    public int BurstRepeats { get; init; } = Quick ? 3 : 10;
    public int JournalEvents { get; init; } = Quick ? 20_000 : 100_000;
    /// <summary>The read model applies each bet's tracked and settled events: twice this many.</summary>
    public int ReadModelBets { get; init; } = Quick ? 2_500 : 10_000;
    public int TickFixtures { get; init; } = Quick ? 200 : 1_000;
    public int Ticks { get; init; } = Quick ? 100_000 : 1_000_000;
    public int MatchDayFixtures { get; init; } = Quick ? 100 : 500;
    public int MatchDayBets { get; init; } = 200;
    /// <summary>One client's day for the <c>screening</c> scenario.</summary>
    public int ScreeningBets { get; init; } = 100_000;
    public int ImportBets { get; init; } = Quick ? 20_000 : 100_000;
    /// <summary>How long <c>bulk-import</c> waits after the burst before its last memory reading.</summary>
    public TimeSpan ImportIdle { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The scenarios to run (<c>--only ticks,journal</c>); all when empty.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var databases = args.Contains("--postgres") ? new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql } : [DatabaseProvider.Sqlite];
        return new BenchOptions(quick, databases, ValueOf(args, "--json"))
        {
            Only = ValueOf(args, "--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
        };
    }

    private static string? ValueOf(string[] args, string option) =>
        Array.IndexOf(args, option) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
