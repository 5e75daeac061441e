using Microsoft.Extensions.Configuration;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.Stats;
using Proppr.Node.Configuration;

namespace Proppr.Node.Tests.Configuration;

/// <summary>The ledger, stats, odds and rate-limit sections as an operator writes them (environment variables use <c>__</c> for <c>:</c>).</summary>
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
            ("Stats:TeamWindow", "Season"),
            ("Stats:Crawl:Leagues:0", "47"),
            ("Stats:Crawl:Leagues:1", "87"),
            ("Stats:Crawl:DailyAt", "05:30"),
            ("Stats:Crawl:RefreshBeforeKickoff", "03:00:00"));

        settings.Ledger.Should().Match<Proppr.Actors.Ledger.LedgerOptions>(l =>
            l.IsConfigured && l.LedgerKey(l.Tabs.Single()) == "1AbC/Bets" && l.CredentialsPath == "/secrets/sheets.json"
            && l.TokenEndpoint == new Uri("http://127.0.0.1:9/token") && l.Interval == TimeSpan.FromSeconds(30));
        settings.Stats.Should().Match<StatsSettings>(s =>
            s.SeasonStartMonth == 8 && s.BeforeKickoff == TimeSpan.FromMinutes(45) && s.TeamWindow == AverageWindow.Season);
        settings.Stats.Crawl.Leagues.Should().Equal(47, 87);
        settings.Stats.Crawl.Should().Match<LeagueCrawlSettings>(c =>
            c.DailyAt == new TimeOnly(5, 30) && c.RefreshBeforeKickoff == TimeSpan.FromHours(3) && c.DaysAhead == 7 && c.DaysBack == 1);
    }

    [Fact]
    public void The_old_ledger_layout_is_chosen_by_name_and_a_bot_type_can_get_another_tab()
    {
        var ledger = From(("Ledger:Layout", "PropprV1"), ("Ledger:V1Tabs:player", "Player bets"), ("Ledger:V1Tabs:desk", "desk")).Ledger;

        ledger.Layout.Should().Be(Proppr.Actors.Ledger.LedgerLayoutName.PropprV1);
        ledger.Tabs.Select(tab => tab.Name).Should().Equal("Player bets", "cerebro", "desk", "team");
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

    [Fact]
    public void Without_an_odds_api_key_the_node_runs_no_feed_and_the_books_keep_their_defaults()
    {
        var settings = From();

        settings.RunsOddsFeed.Should().BeFalse();
        settings.Odds.Odds.Bookmakers.Should().Equal("Pinnacle", "Bet365");
        settings.Fixtures.Odds.Should().Be(settings.Odds.Odds);
        settings.RateLimits.Intervals[Apis.FotMob].Initial.Should().Be(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void One_flat_odds_section_sets_the_feed_and_the_books_and_configured_lists_replace_the_defaults()
    {
        var settings = From(
            ("Odds:ApiKey", "key-1"),
            ("Odds:WebSocketUrl", "ws://127.0.0.1:9000/v3/ws"),
            ("Odds:RestBaseUrl", "http://127.0.0.1:9000/v3/"),
            ("Odds:Sports:0", "basketball"),
            ("Odds:Bookmakers:0", "Pinnacle"),
            ("Odds:Bookmakers:1", "Betfair Exchange"),
            ("Odds:Markets:0", "ML"),
            ("Odds:SharpBook", "Betfair Exchange"),
            ("Odds:ValueEdge", "0.05"),
            ("Odds:Reconnect:First", "00:00:02"),
            ("Odds:Reconnect:Maximum", "00:00:20"));

        settings.RunsOddsFeed.Should().BeTrue();
        settings.Odds.WebSocketUrl.Should().Be(new Uri("ws://127.0.0.1:9000/v3/ws"));
        settings.Odds.RestBaseUrl.Should().Be(new Uri("http://127.0.0.1:9000/v3/"));
        settings.Odds.Sports.Should().Equal("basketball");
        settings.Odds.Reconnect.Should().Be(new Proppr.Actors.Matches.Resolution.RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20)));
        settings.Odds.Odds.Bookmakers.Should().Equal("Pinnacle", "Betfair Exchange");
        settings.Odds.Odds.Markets.Should().Equal("ML");
        (settings.Odds.Odds.SharpBook, settings.Odds.Odds.ValueEdge).Should().Be(("Betfair Exchange", 0.05m));
        settings.Fixtures.Odds.Should().Be(settings.Odds.Odds, "the books judge by the bookmakers the feed asks for");
    }

    [Fact]
    public void Unusable_values_stop_the_node_naming_every_key_at_fault()
    {
        var read = () => From(
            ("Fixtures:RelocateAfter", "0"), ("Odds:SignalEvery", "-00:00:01"), ("Fixtures:CorrectionChecks:0", "00:00:00"), ("Api:HandOffsInFlight", "0"),
            ("Fixtures:SignalPollBurst", "-1"), ("Fixtures:QuietInterval", "00:00:00"), ("Odds:EventJumpPercent", "100"));

        read.Should().Throw<InvalidOperationException>().Which.Message.Should()
            .Contain("Fixtures:RelocateAfter must be at least 1, not 0")
            .And.Contain("Api:HandOffsInFlight must be at least 1, not 0")
            .And.Contain("Odds:SignalEvery must be above zero")
            .And.Contain("Fixtures:CorrectionChecks:0 must be above zero")
            .And.Contain("Fixtures:SignalPollBurst must not be negative, not -1")
            .And.Contain("Fixtures:QuietInterval must be above zero")
            .And.Contain("Odds:EventJumpPercent must be between 0 and 100, not 100");
    }
}
