using Proppr.Actors.Hosting;

namespace Proppr.Bench;

/// <summary>How big each scenario runs: <c>--quick</c> for a smoke run under two minutes, the default for the record.</summary>
public sealed record BenchOptions(bool Quick, IReadOnlyList<DatabaseProvider> Databases, string? JsonPath)
{
    public int BareMessages { get; init; } = Quick ? 2_000_000 : 10_000_000;
    public int BurstBets { get; init; } = Quick ? 2_000 : 10_000;
    public int BurstRepeats { get; init; } = Quick ? 3 : 10;
    public int JournalEvents { get; init; } = Quick ? 20_000 : 100_000;

    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var databases = args.Contains("--postgres") ? new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql } : [DatabaseProvider.Sqlite];
        var json = Array.IndexOf(args, "--json") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        return new BenchOptions(quick, databases, json);
    }
}
