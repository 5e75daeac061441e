using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Ledger;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Client;
using Proppr.Actors.Odds.History;
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
    public required OddsHistorySettings OddsHistory { get; init; }

    /// <summary>The live odds feed and the books' rules (bookmakers, sharp book, markets): one flat <c>Odds</c> section.</summary>
    public required OddsFeedOptions Odds { get; init; }

    /// <summary>The odds feed runs only with an API key (<c>Odds:ApiKey</c>); without one fixtures simply get no prices.</summary>
    public bool RunsOddsFeed => !string.IsNullOrWhiteSpace(Odds.ApiKey);

    /// <summary><c>Akka:LogLevel</c> (DEBUG, INFO, WARNING, ERROR, OFF) overrides <c>akka.hocon</c>'s, e.g. for a quiet demo.</summary>
    public string? AkkaLogLevel { get; init; }

    /// <summary>The settings, checked against <see cref="SettingsRules"/>: a node with unusable settings does not start.</summary>
    public static NodeSettings From(IConfiguration configuration, string contentRoot)
    {
        var settings = Read(configuration, contentRoot);
        var problems = SettingsRules.Problems(settings);
        return problems.Count == 0
            ? settings
            : throw new InvalidOperationException($"The node's configuration cannot be used: {string.Join("; ", problems)}.");
    }

    private static NodeSettings Read(IConfiguration configuration, string contentRoot)
    {
        var odds = OddsFrom(configuration.GetSection("Odds"));
        return new NodeSettings
        {
            Database = Section<DatabaseSettings>(configuration, "Database").ToOptions(contentRoot),
            Cluster = Section<ClusterNodeOptions>(configuration, "Cluster"),
            FotMob = Section<FotMobClientOptions>(configuration, "FotMob"),
            // The books judge drops, value and closing lines by the same bookmakers and sharp book the feed asks for.
            Fixtures = FixtureSettingsFrom(configuration.GetSection("Fixtures")) with { Odds = odds.Odds },
            Resolution = Section<FixtureResolverSettings>(configuration, "Resolution"),
            RateLimits = AlertDelivery.WithQuota(Section<RateLimiterSettings>(configuration, "RateLimits")),
            Api = Section<ApiSettings>(configuration, "Api"),
            Alerts = Section<AlertSettings>(configuration, "Alerts"),
            Screening = Section<ScreeningSettings>(configuration, "Screening"),
            Stats = Section<StatsSettings>(configuration, "Stats"),
            Ledger = Section<LedgerOptions>(configuration, "Ledger"),
            OddsHistory = Section<OddsHistorySettings>(configuration, "OddsHistory"),
            Odds = odds,
            AkkaLogLevel = configuration["Akka:LogLevel"],
        };
    }

    /// <summary>The fixtures and the odds feed on one market clock (null: the actor system's); see <see cref="FixtureSettings.MarketTime"/>.</summary>
    public NodeSettings WithMarketTime(TimeProvider? marketTime) => marketTime is null ? this : this with
    {
        Fixtures = Fixtures with { MarketTime = marketTime },
        Odds = Odds with { MarketTime = marketTime },
    };

    private static T Section<T>(IConfiguration configuration, string name) where T : new() =>
        configuration.GetSection(name).Get<T>() ?? new T();

    /// <summary>
    /// <c>Odds:ApiKey</c>, <c>Odds:WebSocketUrl</c>, <c>Odds:RestBaseUrl</c>, ... and the book's <c>Odds:Bookmakers</c>,
    /// <c>Odds:SharpBook</c>, <c>Odds:Markets</c>, ... side by side. Configured lists replace the defaults.
    /// </summary>
    private static OddsFeedOptions OddsFrom(IConfigurationSection section)
    {
        var feed = section.Get<OddsFeedOptions>() ?? new OddsFeedOptions();
        var book = section.Get<OddsOptions>() ?? new OddsOptions();
        return feed with
        {
            Sports = ListOr(section, nameof(OddsFeedOptions.Sports), new OddsFeedOptions().Sports),
            Odds = book with
            {
                Bookmakers = ListOr(section, nameof(OddsOptions.Bookmakers), new OddsOptions().Bookmakers),
                Markets = ListOr(section, nameof(OddsOptions.Markets), new OddsOptions().Markets),
            },
        };
    }

    private static IReadOnlyList<string> ListOr(IConfigurationSection section, string name, IReadOnlyList<string> defaults) =>
        section.GetSection(name).Get<string[]>() is { Length: > 0 } configured ? configured : defaults;

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
