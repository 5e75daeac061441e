using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Tests.Odds;

public class OddsRestParserTests
{
    private static readonly DateTimeOffset Bet365Time = new(2026, 3, 6, 1, 1, 46, 72, TimeSpan.Zero);

    [Fact]
    public void Reads_the_documented_event_as_written()
    {
        var result = OddsRestParser.ParseEvents(OddsFormatExamples.Event);

        result.Errors.Should().BeEmpty();
        result.Items.Should().ContainSingle().Which.Should().Be(new OddsEvent("69575558")
        {
            Home = "Cloud Rising",
            Away = "Interactive Philippines",
            StartTime = new DateTimeOffset(2026, 3, 6, 4, 0, 0, TimeSpan.Zero),
            Status = OddsEventStatus.Pending,
            Sport = new OddsCategory("Esports", "esports"),
            League = new OddsCategory("Dota - EPL World Series Southeast Asia", "dota-epl-world-series-southeast-asia"),
        });
    }

    [Fact]
    public void Reads_an_odds_multi_response_built_from_the_documented_event_and_bookmakers()
    {
        var response = $"[{OddsFormatExamples.EventWithBookmakers},{OddsFormatExamples.Event}]";

        var result = OddsRestParser.ParseOdds(response);

        result.Errors.Should().BeEmpty();
        result.Items.Should().HaveCount(2);
        var odds = result.Items[0];
        odds.Event.Id.Should().Be("69575558");
        var bet365 = odds.Bookmakers.Should().ContainSingle().Subject;
        bet365.Bookmaker.Should().Be("Bet365");
        bet365.Markets.Select(market => (market.Name, market.UpdatedAt)).Should().Equal(
            ("ML", Bet365Time), ("Spread", Bet365Time), ("1st Map Total Kills", Bet365Time.AddMilliseconds(1)));
        bet365.Entries.Select(entry => (entry.Key, entry.Price)).Should().Equal(
            (new OddsKey("ML", "home"), 2.50m),
            (new OddsKey("ML", "away"), 1.50m),
            (new OddsKey("Spread", "home", 1.5m), 1.44m),
            (new OddsKey("Spread", "away", 1.5m), 2.62m),
            (new OddsKey("1st Map Total Kills", "over", 50.5m), 1.83m),
            (new OddsKey("1st Map Total Kills", "under", 50.5m), 1.83m));
        result.Items[1].Bookmakers.Should().BeEmpty("an event without a bookmakers map has no odds yet");
    }

    [Fact]
    public void Reads_a_single_object_and_a_data_wrapper_like_an_array()
    {
        var single = OddsRestParser.ParseOdds(OddsFormatExamples.EventWithBookmakers);
        var wrapped = OddsRestParser.ParseOdds($$"""{"data":[{{OddsFormatExamples.EventWithBookmakers}}]}""");

        single.Items.Should().ContainSingle().Which.Event.Id.Should().Be("69575558");
        wrapped.Items.Should().ContainSingle().Which.Bookmakers.Should().ContainSingle();
    }

    [Fact]
    public void Reads_an_odds_updated_response_with_several_bookmakers_and_string_ids()
    {
        var result = OddsRestParser.ParseOdds("""
            [{"id":"63017989","home":"Arsenal","away":"Chelsea","date":"2025-08-18T19:00:00Z","status":"live",
              "sport":"football","league":{"slug":"england-premier-league"},
              "bookmakers":{"Pinnacle":[{"name":"ML","updatedAt":"2025-08-18T19:10:00Z","odds":[{"home":"1.85","draw":"3.25","away":"2.10"}]}],
                            "Bet365 (no latency)":[{"name":"Totals","odds":[{"hdp":2.5,"over":"1.90","under":"1.90"}]}]},
              "urls":{"Pinnacle":"https://example.invalid/e/63017989","Bet365":"N/A"}}]
            """);

        result.Errors.Should().BeEmpty();
        var odds = result.Items.Single();
        odds.Event.Status.Should().Be(OddsEventStatus.Live);
        odds.Event.Sport.Should().Be(new OddsCategory("football", null));
        odds.Event.League.Should().Be(new OddsCategory("england-premier-league", "england-premier-league"));
        odds.Bookmakers.Select(bookmaker => bookmaker.Bookmaker).Should().Equal("Pinnacle", "Bet365 (no latency)");
        odds.Bookmakers[1].Entries.Should().OnlyContain(entry => entry.UpdatedAt == null, "REST has no frame time to fall back on");
    }

    [Fact]
    public void A_bad_bookmaker_is_reported_and_the_event_keeps_its_good_ones()
    {
        var result = OddsRestParser.ParseOdds("""
            [{"id":1,"bookmakers":{"Pinnacle":[{"name":"ML","odds":[{"home":"1.85","away":"2.10"}]}],"Bet365":[{"name":"ML","odds":[{"home":"evens"}]}]}},
             {"id":2,"bookmakers":{"Pinnacle":[]}}]
            """);

        result.Items.Select(odds => odds.Event.Id).Should().Equal("1", "2");
        result.Items[0].Bookmakers.Should().ContainSingle().Which.Bookmaker.Should().Be("Pinnacle");
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Reason.Should().Be("invalid_price");
        error.Detail.Should().StartWith("event 1, bookmaker Bet365: ");
        error.Excerpt.Should().Be("""[{"name":"ML","odds":[{"home":"evens"}]}]""");
    }

    [Fact]
    public void A_bad_event_is_reported_and_the_others_are_kept()
    {
        var result = OddsRestParser.ParseEvents("""[{"home":"No Id"},17,{"id":"3","date":"tomorrow"},{"id":4,"status":"cancelled"}]""");

        result.Items.Should().ContainSingle().Which.Should().Be(new OddsEvent("4") { Status = OddsEventStatus.Cancelled });
        result.Errors.Select(error => (error.Reason, error.Excerpt)).Should().Equal(
            ("missing_id", """{"home":"No Id"}"""),
            ("not_an_object", "17"),
            ("invalid_timestamp", """{"id":"3","date":"tomorrow"}"""));
    }

    [Fact]
    public void Bookmakers_that_are_not_a_map_are_reported()
    {
        var result = OddsRestParser.ParseOdds("""[{"id":5,"bookmakers":["Pinnacle"]}]""");

        result.Items.Should().ContainSingle().Which.Bookmakers.Should().BeEmpty();
        result.Errors.Should().ContainSingle().Which.Reason.Should().Be("invalid_bookmakers");
    }

    [Theory]
    [InlineData("<html>Bad gateway</html>", "invalid_json")]
    [InlineData("", "invalid_json")]
    [InlineData("42", "not_an_array")]
    public void A_response_that_is_not_a_list_of_events_is_one_error(string body, string reason)
    {
        var result = OddsRestParser.ParseOdds(body);

        result.Items.Should().BeEmpty();
        result.Errors.Should().ContainSingle().Which.Reason.Should().Be(reason);
    }
}
