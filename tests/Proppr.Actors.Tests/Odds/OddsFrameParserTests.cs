using System.Globalization;
using System.Text.Json;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Tests.Odds;

public class OddsFrameParserTests
{
    private static readonly DateTimeOffset DocumentedTimestamp = new(2025, 8, 18, 14, 52, 52, 983, TimeSpan.Zero);
    private static readonly DateTimeOffset DocumentedMarketTime = new(2024, 1, 15, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Reads_the_documented_updated_message_as_written()
    {
        var frames = OddsFrameParser.Parse(OddsFormatExamples.UpdatedMessage);

        var frame = frames.Should().ContainSingle().Which.Should().BeOfType<EventOddsFrame>().Subject;
        frame.Change.Should().Be(EventOddsChange.Updated);
        frame.EventId.Should().Be("63017989");
        frame.Timestamp.Should().Be(DocumentedTimestamp);
        frame.Seq.Should().BeNull();
        frame.Odds.Bookmaker.Should().Be("Pinnacle");
        frame.Odds.Markets.Select(market => market.Name).Should().Equal("ML", "Totals");
        frame.Odds.Markets.Should().OnlyContain(market => market.UpdatedAt == DocumentedMarketTime);
        frame.Odds.Entries.Should().Equal(
            new OddsEntry(new OddsKey("ML", "home"), 1.85m, DocumentedMarketTime, 500m),
            new OddsEntry(new OddsKey("ML", "draw"), 3.25m, DocumentedMarketTime, 500m),
            new OddsEntry(new OddsKey("ML", "away"), 2.10m, DocumentedMarketTime, 500m),
            new OddsEntry(new OddsKey("Totals", "over", 2.5m), 1.85m, DocumentedMarketTime, 500m),
            new OddsEntry(new OddsKey("Totals", "under", 2.5m), 2.10m, DocumentedMarketTime, 500m));
    }

    [Fact]
    public void Every_odds_api_example_of_the_format_notes_is_read_without_errors()
    {
        var examples = OddsFormatExamples.All;

        examples.Should().HaveCount(3, "a new example in FORMAT.md deserves a look and a test of its own");
        foreach (var example in examples)
        {
            var trimmed = example.TrimStart();
            if (trimmed.StartsWith("\"bookmakers\"", StringComparison.Ordinal))
            {
                OddsRestParser.ParseOdds($$"""{"id":1,{{example}}}""").Errors.Should().BeEmpty(example);
            }
            else if (trimmed.Contains("\"type\"", StringComparison.Ordinal))
            {
                OddsFrameParser.Parse(example).Should().ContainSingle().Which.Should().BeOfType<EventOddsFrame>(example);
            }
            else
            {
                OddsRestParser.ParseOdds(example).Errors.Should().BeEmpty(example);
            }
        }
    }

    [Fact]
    public void Reads_every_object_of_a_multi_object_frame_in_order()
    {
        var updated = Compact(OddsFormatExamples.UpdatedMessage);
        var frame = string.Join('\n',
            """{"type":"welcome","message":"Connected","bookmakers":["Pinnacle","Bet365"],"sport_filter":["football"],"leagues_filter":[],"status_filter":"live"}""",
            """{"type":"created","id":61300123,"bookie":"Bet365","timestamp":"2025-08-18T14:52:50Z","markets":[{"name":"ML","odds":[{"home":"2.00","draw":"3.40","away":"4.00"}]}]}""",
            updated,
            """{"type":"deleted","id":"61300123","bookie":"Bet365"}""",
            """{"type":"no_markets","id":"63017990"}""");

        var frames = OddsFrameParser.Parse(frame);

        frames.Select(item => item.GetType()).Should().Equal(
            typeof(WelcomeFrame), typeof(EventOddsFrame), typeof(EventOddsFrame), typeof(EventRemovedFrame), typeof(EventRemovedFrame));
        var welcome = (WelcomeFrame)frames[0];
        welcome.Message.Should().Be("Connected");
        welcome.Bookmakers.Should().Equal("Pinnacle", "Bet365");
        welcome.Sports.Should().Equal("football");
        welcome.Leagues.Should().BeEmpty();
        welcome.Status.Should().Be("live");
        welcome.Warning.Should().BeNull();
        var created = (EventOddsFrame)frames[1];
        created.Change.Should().Be(EventOddsChange.Created);
        created.EventId.Should().Be("61300123", "an integer id is read as its text");
        created.Odds.Entries.Select(entry => entry.Price).Should().Equal(2.00m, 3.40m, 4.00m);
        created.Odds.Entries.Should().OnlyContain(entry => entry.UpdatedAt == new DateTimeOffset(2025, 8, 18, 14, 52, 50, TimeSpan.Zero),
            "without a market time the frame's timestamp stands for every entry");
        ((EventOddsFrame)frames[2]).EventId.Should().Be("63017989");
        frames[3].Should().Be(new EventRemovedFrame(EventRemoval.Deleted, "61300123", "Bet365", null, null));
        frames[4].Should().Be(new EventRemovedFrame(EventRemoval.NoMarkets, "63017990", null, null, null));
    }

    [Fact]
    public void Reads_objects_that_share_a_line_and_ignores_blank_lines_and_carriage_returns()
    {
        var frames = OddsFrameParser.Parse("\r\n{\"type\":\"deleted\",\"id\":1}{\"type\":\"deleted\",\"id\":2}\r\n\r\n{\"type\":\"deleted\",\"id\":3}\r\n");

        frames.Cast<EventRemovedFrame>().Select(frame => frame.EventId).Should().Equal("1", "2", "3");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\r\n\n")]
    public void An_empty_frame_holds_nothing(string frame) => OddsFrameParser.Parse(frame).Should().BeEmpty();

    [Fact]
    public void A_malformed_object_becomes_an_error_and_its_neighbours_are_kept()
    {
        var frame = string.Join('\n',
            """{"type":"deleted","id":"1"}""",
            """{"type":"updated","id":"2","bookie":"Pinnacle","markets":[{"name":"ML","odds":[{"home":1.9""",
            """{"type":"deleted","id":"3"}""");

        var frames = OddsFrameParser.Parse(frame);

        frames.Should().HaveCount(3);
        ((EventRemovedFrame)frames[0]).EventId.Should().Be("1");
        var error = frames[1].Should().BeOfType<MalformedFrame>().Subject.Error;
        error.Reason.Should().Be("invalid_json");
        error.Detail.Should().NotBeNullOrWhiteSpace();
        error.Excerpt.Should().Be("""{"type":"updated","id":"2","bookie":"Pinnacle","markets":[{"name":"ML","odds":[{"home":1.9""");
        ((EventRemovedFrame)frames[2]).EventId.Should().Be("3");
    }

    [Theory]
    [InlineData("""[1,2]""", "not_an_object")]
    [InlineData("""{"id":"1"}""", "missing_type")]
    [InlineData("""{"type":"updated","bookie":"Pinnacle","markets":[]}""", "missing_id")]
    [InlineData("""{"type":"updated","id":" ","bookie":"Pinnacle","markets":[]}""", "missing_id")]
    [InlineData("""{"type":"updated","id":"1","markets":[]}""", "missing_bookmaker")]
    [InlineData("""{"type":"updated","id":"1","bookie":"Pinnacle"}""", "missing_markets")]
    [InlineData("""{"type":"updated","id":"1","bookie":"Pinnacle","markets":{}}""", "invalid_markets")]
    [InlineData("""{"type":"updated","id":"1","bookie":"Pinnacle","markets":[{"odds":[]}]}""", "invalid_market")]
    [InlineData("""{"type":"updated","id":"1","bookie":"Pinnacle","markets":[{"name":"ML","odds":{}}]}""", "invalid_market")]
    [InlineData("""{"type":"updated","id":"1","bookie":"Pinnacle","markets":[{"name":"ML","odds":["1.9"]}]}""", "invalid_market")]
    [InlineData("""{"type":"updated","id":"1","bookie":"Pinnacle","markets":[{"name":"ML","odds":[{"home":"1,90"}]}]}""", "invalid_price")]
    [InlineData("""{"type":"updated","id":"1","bookie":"Pinnacle","markets":[{"name":"ML","odds":[{"home":"N/A"}]}]}""", "invalid_price")]
    [InlineData("""{"type":"updated","id":"1","bookie":"Pinnacle","markets":[{"name":"ML","odds":[{"home":"1.00"}]}]}""", "invalid_price")]
    [InlineData("""{"type":"updated","id":"1","bookie":"Pinnacle","markets":[{"name":"Totals","odds":[{"hdp":"two","over":"1.9"}]}]}""", "invalid_line")]
    [InlineData("""{"type":"updated","id":"1","bookie":"Pinnacle","markets":[{"name":"ML","updatedAt":"soon","odds":[]}]}""", "invalid_timestamp")]
    [InlineData("""{"type":"deleted","id":"1","timestamp":true}""", "invalid_timestamp")]
    public void An_object_that_cannot_be_read_is_reported_with_its_reason_and_text(string line, string reason)
    {
        var frames = OddsFrameParser.Parse(line + "\n" + """{"type":"deleted","id":"9"}""");

        frames.Should().HaveCount(2);
        var error = frames[0].Should().BeOfType<MalformedFrame>().Subject.Error;
        error.Reason.Should().Be(reason);
        error.Detail.Should().NotBeNullOrWhiteSpace();
        error.Excerpt.Should().Be(line);
        frames[1].Should().BeOfType<EventRemovedFrame>();
    }

    [Fact]
    public void An_excerpt_is_cut_to_a_readable_length()
    {
        var line = $$"""{"type":"deleted","padding":"{{new string('x', 500)}}"}""";

        var error = ((MalformedFrame)OddsFrameParser.Parse(line).Single()).Error;

        error.Reason.Should().Be("missing_id");
        error.Excerpt.Should().Be(line[..OddsParseError.ExcerptLength] + "…");
    }

    [Fact]
    public void An_unknown_type_is_reported_as_unknown_not_as_an_error()
    {
        var frames = OddsFrameParser.Parse("""{"type":"score","id":"5","home":1,"away":0}""" + "\n" + """{"type":"deleted","id":"5"}""");

        frames[0].Should().Be(new UnknownFrame("score", """{"type":"score","id":"5","home":1,"away":0}"""));
        frames[1].Should().BeOfType<EventRemovedFrame>();
    }

    [Fact]
    public void Prices_are_read_with_the_invariant_culture_whatever_the_current_one()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            var frame = (EventOddsFrame)OddsFrameParser.Parse(
                """{"type":"updated","id":"1","bookie":"Pinnacle","markets":[{"name":"Totals","odds":[{"hdp":"2.25","over":"1.975","under":1.9}]}]}""").Single();

            frame.Odds.Entries.Select(entry => (entry.Key.Line, entry.Price)).Should().Equal((2.25m, 1.975m), (2.25m, 1.9m));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("\"2025-08-18T14:52:52.983Z\"")]
    [InlineData("\"2025-08-18T16:52:52.983+02:00\"")]
    [InlineData("1755528772.983")]
    [InlineData("1755528772983")]
    [InlineData("\"1755528772983\"")]
    public void A_frame_timestamp_may_be_iso_text_or_epoch_seconds_or_milliseconds(string timestamp)
    {
        var frame = (EventRemovedFrame)OddsFrameParser.Parse($$"""{"type":"deleted","id":"1","timestamp":{{timestamp}}}""").Single();

        frame.Timestamp.Should().Be(DocumentedTimestamp);
    }

    [Fact]
    public void An_entry_takes_its_line_time_then_its_market_time_then_the_frame_time()
    {
        var frame = (EventOddsFrame)OddsFrameParser.Parse("""
            {"type":"updated","id":"1","bookie":"Pinnacle","timestamp":"2025-08-18T14:00:00Z","markets":[
              {"name":"Totals","updatedAt":"2025-08-18T13:00:00Z","odds":[{"hdp":2.5,"over":"1.9","under":"1.9","updatedAt":"2025-08-18T12:00:00Z"},{"hdp":3.5,"over":"3.1","under":"1.3"}]},
              {"name":"ML","odds":[{"home":"2.1","away":"1.8"}]}]}
            """).Single();

        frame.Odds.Entries.Select(entry => entry.UpdatedAt!.Value.Hour).Should().Equal(12, 12, 13, 13, 14, 14);
    }

    [Fact]
    public void Reads_label_markets_and_folds_moneyline_aliases()
    {
        var frame = (EventOddsFrame)OddsFrameParser.Parse("""
            {"type":"updated","id":"1","bookie":"Bet365 (no latency)","seq":42,"markets":[
              {"name":"Moneyline","odds":[{"home":"1.5","away":"2.6"}]},
              {"name":"Correct Score","odds":[{"label":"2-1","odds":"8.50"},{"label":"0-0","odds":"11"}]},
              {"name":"Player Props","odds":[{"label":"Mohamed Salah (Shots On Target)","hdp":1.5,"over":"2.20","under":"1.65","max":"n/a"}]}]}
            """).Single();

        frame.Seq.Should().Be(42);
        frame.Odds.Bookmaker.Should().Be("Bet365 (no latency)", "the variant is merged by the book, not the parser");
        frame.Odds.Entries.Select(entry => (entry.Key, entry.Price)).Should().Equal(
            (new OddsKey("ML", "home"), 1.5m),
            (new OddsKey("ML", "away"), 2.6m),
            (new OddsKey("Correct Score", "odds", null, "2-1"), 8.50m),
            (new OddsKey("Correct Score", "odds", null, "0-0"), 11m),
            (new OddsKey("Player Props", "over", 1.5m, "Mohamed Salah (Shots On Target)"), 2.20m),
            (new OddsKey("Player Props", "under", 1.5m, "Mohamed Salah (Shots On Target)"), 1.65m));
        frame.Odds.Entries.Should().OnlyContain(entry => entry.MaxStake == null, "an unreadable stake limit is left out, not fatal");
    }

    private static string Compact(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
