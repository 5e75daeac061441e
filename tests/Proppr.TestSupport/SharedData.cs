namespace Proppr.TestSupport;

/// <summary>
/// The reference material beside the repository (<c>../shared</c>): real FotMob payloads, specs. Tests read it in place;
/// the repository keeps no copies. <c>PROPPR_SHARED</c> overrides the location.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Directory => Root.Value;

    public static string FotMobDirectory => Path.Combine(Directory, "fotmob");

    public static string FotMobPath(long matchId) => Path.Combine(FotMobDirectory, $"{matchId}.json");

    public static string ReadFotMob(long matchId) => File.ReadAllText(FotMobPath(matchId));

    /// <summary>The real FotMob day listing saved for <paramref name="date"/> (<c>listing/matches-yyyyMMdd.json</c>).</summary>
    public static string ReadFotMobListing(DateOnly date) =>
        File.ReadAllText(Path.Combine(FotMobDirectory, "listing", $"matches-{date:yyyyMMdd}.json"));

    /// <summary>The day of the one saved listing: 3 September 2023, 489 matches.</summary>
    public static readonly DateOnly FotMobListingDate = new(2023, 9, 3);

    /// <summary>Every match-details payload in <c>../shared/fotmob</c> (the day listing excluded).</summary>
    public static IReadOnlyList<long> FotMobMatchIds =>
        System.IO.Directory.GetFiles(FotMobDirectory, "*.json")
            .Select(path => long.Parse(Path.GetFileNameWithoutExtension(path), System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .ToArray();

    /// <summary>The Odds-API.io wire-format notes, whose JSON examples the odds parser tests read.</summary>
    public static string ReadOddsFormat() => File.ReadAllText(Path.Combine(Directory, "odds", "FORMAT.md"));

    /// <summary>The repository root: the folder holding <c>Proppr.sln</c>.</summary>
    public static string RepositoryRoot
    {
        get
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

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("PROPPR_SHARED");
        var candidate = string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"))
            : configured;
        if (!System.IO.Directory.Exists(Path.Combine(candidate, "fotmob")))
        {
            throw new InvalidOperationException(
                $"The shared reference data was not found at {candidate}: it must sit beside the repository (../shared) or be named by PROPPR_SHARED.");
        }
        return candidate;
    }
}
