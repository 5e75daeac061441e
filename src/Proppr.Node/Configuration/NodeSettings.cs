using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Ledger;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.ReadModel.Screening;
using Proppr.Actors.Stats;
using Proppr.Node.Alerts;

namespace Proppr.Node.Configuration;

/// <summary>
/// Everything a node reads from its configuration (<c>appsettings.json</c>, environment variables such as
/// <c>Database__ConnectionString</c>, <c>Cluster__SeedNodes__0</c> or <c>RateLimits__Intervals__fotmob__BatchSize</c>, the
/// command line). Every section is optional: with none, the node is a one-node cluster on a SQLite file under <c>./data</c>.
/// </summary>
public sealed record NodeSettings
{
    public required DatabaseOptions Database { get; init; }
    public required ClusterNodeOptions Cluster { get; init; }
    public required FotMobClientOptions FotMob { get; init; }
    public required FixtureSettings Fixtures { get; init; }
    public required FixtureResolverSettings Resolution { get; init; }
    public required RateLimiterSettings RateLimits { get; init; }
    public required ApiSettings Api { get; init; }
    public required AlertSettings Alerts { get; init; }
    public required ScreeningSettings Screening { get; init; }
    public required StatsSettings Stats { get; init; }
    public required LedgerOptions Ledger { get; init; }

    public static NodeSettings From(IConfiguration configuration, string contentRoot) => new()
    {
        Database = Section<DatabaseSettings>(configuration, "Database").ToOptions(contentRoot),
        Cluster = Section<ClusterNodeOptions>(configuration, "Cluster"),
        FotMob = Section<FotMobClientOptions>(configuration, "FotMob"),
        Fixtures = FixtureSettingsFrom(configuration.GetSection("Fixtures")),
        Resolution = Section<FixtureResolverSettings>(configuration, "Resolution"),
        RateLimits = AlertDelivery.WithQuota(Section<RateLimiterSettings>(configuration, "RateLimits")),
        Api = Section<ApiSettings>(configuration, "Api"),
        Alerts = Section<AlertSettings>(configuration, "Alerts"),
        Screening = Section<ScreeningSettings>(configuration, "Screening"),
        Stats = Section<StatsSettings>(configuration, "Stats"),
        Ledger = Section<LedgerOptions>(configuration, "Ledger"),
    };

    private static T Section<T>(IConfiguration configuration, string name) where T : new() =>
        configuration.GetSection(name).Get<T>() ?? new T();

    /// <summary>
    /// The binder appends configured list items to a list's defaults, so the correction checks are read on their own:
    /// configured ones replace the defaults.
    /// </summary>
    private static FixtureSettings FixtureSettingsFrom(IConfigurationSection section)
    {
        var settings = section.Get<FixtureSettings>() ?? FixtureSettings.Default;
        var checks = section.GetSection(nameof(FixtureSettings.CorrectionChecks)).Get<TimeSpan[]>();
        return checks is { Length: > 0 } ? settings with { CorrectionChecks = checks } : settings with { CorrectionChecks = FixtureSettings.Default.CorrectionChecks };
    }
}
