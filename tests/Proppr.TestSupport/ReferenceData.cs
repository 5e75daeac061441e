namespace Proppr.TestSupport;

/// <summary>
/// The reference material kept in the repository: the real FotMob payloads of <c>samples/fotmob</c> and the odds
/// feed's wire notes (<c>docs/odds/FORMAT.md</c>). A clone with nothing beside it runs every test.
/// </summary>
public static class ReferenceData
{
    public static string FotMobDirectory => Path.Combine(RepositoryRoot, "samples", "fotmob");

    public static string FotMobPath(long matchId) => Path.Combine(FotMobDirectory, $"{matchId}.json");

    public static string ReadFotMob(long matchId) => File.ReadAllText(FotMobPath(matchId));

    /// <summary>The real FotMob day listing saved for <paramref name="date"/> (<c>listing/matches-yyyyMMdd.json</c>).</summary>
    public static string ReadFotMobListing(DateOnly date) =>
        File.ReadAllText(Path.Combine(FotMobDirectory, "listing", $"matches-{date:yyyyMMdd}.json"));

    /// <summary>The day of the one saved listing: 3 September 2023, 489 matches.</summary>
    public static readonly DateOnly FotMobListingDate = new(2023, 9, 3);

    /// <summary>Every match-details payload in <c>samples/fotmob</c> (the day listing excluded).</summary>
    public static IReadOnlyList<long> FotMobMatchIds =>
        System.IO.Directory.GetFiles(FotMobDirectory, "*.json")
            .Select(path => long.Parse(Path.GetFileNameWithoutExtension(path), System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .ToArray();

    /// <summary>The Odds-API.io wire-format notes, whose JSON examples the odds parser tests read.</summary>
    public static string ReadOddsFormat() => File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "odds", "FORMAT.md"));

    /// <summary>The repository root: the folder holding <c>Proppr.sln</c>.</summary>
    public static string RepositoryRoot { get; } = LocateRepositoryRoot();

    private static string LocateRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Proppr.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"Proppr.sln not found above {AppContext.BaseDirectory}");
    }
}
