using Microsoft.Extensions.Configuration;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.Stats;
using Proppr.Node.Configuration;

namespace Proppr.Node.Tests.Configuration;

/// <summary>The ledger, stats and rate-limit sections as an operator writes them (environment variables use <c>__</c> for <c>:</c>).</summary>
public sealed class NodeSettingsTests
{
    private static NodeSettings From(params (string Key, string Value)[] values) =>
        NodeSettings.From(
            new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build(),
            Path.GetTempPath());

    [Fact]
    public void With_nothing_configured_the_ledger_is_off_and_stats_run_on_defaults()
    {
        var settings = From();

        settings.Ledger.IsConfigured.Should().BeFalse();
        settings.Stats.Should().Be(StatsSettings.Default);
    }

    [Fact]
    public void Ledger_and_stats_sections_are_read()
    {
        var settings = From(
            ("Ledger:SpreadsheetId", "1AbC"),
            ("Ledger:SheetName", "Bets"),
            ("Ledger:CredentialsPath", "/secrets/sheets.json"),
            ("Ledger:TokenEndpoint", "http://127.0.0.1:9/token"),
            ("Ledger:Interval", "00:00:30"),
            ("Stats:SeasonStartMonth", "8"),
            ("Stats:BeforeKickoff", "00:45:00"),
            ("Stats:TeamWindow", "Season"));

        settings.Ledger.Should().Match<Proppr.Actors.Ledger.LedgerOptions>(l =>
            l.IsConfigured && l.LedgerKey == "1AbC/Bets" && l.CredentialsPath == "/secrets/sheets.json"
            && l.TokenEndpoint == new Uri("http://127.0.0.1:9/token") && l.Interval == TimeSpan.FromSeconds(30));
        settings.Stats.Should().Match<StatsSettings>(s =>
            s.SeasonStartMonth == 8 && s.BeforeKickoff == TimeSpan.FromMinutes(45) && s.TeamWindow == AverageWindow.Season);
    }

    [Fact]
    public void A_configured_FotMob_interval_replaces_that_policy_and_the_other_limits_keep_their_defaults()
    {
        var settings = From(
            ("RateLimits:Intervals:fotmob:Initial", "00:00:01"),
            ("RateLimits:Intervals:fotmob:BatchSize", "30"),
            ("RateLimits:SnapshotEvery", "100000"));

        settings.RateLimits.Intervals[Apis.FotMob].Should().Be(new AdaptiveIntervalSettings { Initial = TimeSpan.FromSeconds(1), BatchSize = 30 });
        settings.RateLimits.SnapshotEvery.Should().Be(100000);
        settings.RateLimits.Quotas[Apis.OddsApi].Should().Be(RateLimiterSettings.Default.Quotas[Apis.OddsApi]);
        settings.RateLimits.Quotas.Keys.Should().BeEquivalentTo([Apis.OddsApi, Apis.Sheets, Proppr.Node.Alerts.AlertDelivery.Api]);
    }
}
