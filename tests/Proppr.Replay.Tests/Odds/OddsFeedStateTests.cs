using Proppr.Replay.Generation;
using Proppr.Replay.Odds;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.Tests.Odds;

public class OddsFeedStateTests
{
    private static readonly IReadOnlySet<string> Markets = new HashSet<string> { "ML", "Totals" };
    private static readonly SyntheticMatch Match =
        MatchDayGenerator.Generate(new MatchDayOptions { Seed = 6, Fixtures = 3 }).Matches.First(m => !m.Postponed);
    private static readonly Bookmaker Book = Bookmaker.Defaults[1];

    [Fact]
    public void A_client_hears_of_an_event_once_then_only_of_its_changes_until_it_is_deleted()
    {
        var schedule = new MatchSchedule(Match);
        var state = new OddsFeedState();

        List<string> At(DateTimeOffset now) =>
            state.Advance([OddsPricer.Quote(Match, Book, now)], now, Markets).Select(m => (string)m["type"]!).ToList();

        At(Match.Kickoff.AddHours(-3)).Should().Equal("created");
        At(Match.Kickoff.AddHours(-3).AddMinutes(1)).Should().BeEmpty("nothing moved within the same drift step");
        At(Match.Kickoff.AddMinutes(10)).Should().Equal("updated");
        At(schedule.FirstHalfEnd.AddMinutes(2)).Should().Equal("no_markets");
        At(schedule.FirstHalfEnd.AddMinutes(3)).Should().BeEmpty();
        At(schedule.SecondHalfStart.AddMinutes(2)).Should().Equal("updated");
        At(schedule.FullTime.AddMinutes(1)).Should().Equal("deleted");
        At(schedule.FullTime.AddMinutes(2)).Should().BeEmpty();
        state.Knows(Match.OddsEventId).Should().BeTrue();
    }

    [Fact]
    public void An_event_first_seen_after_it_closed_is_never_mentioned()
    {
        var state = new OddsFeedState();
        var afterFullTime = new MatchSchedule(Match).FullTime.AddMinutes(5);

        state.Advance([OddsPricer.Quote(Match, Book, afterFullTime)], afterFullTime, Markets).Should().BeEmpty();
        state.Knows(Match.OddsEventId).Should().BeFalse();
    }

    [Fact]
    public void Prices_are_decimal_strings_with_the_books_margin()
    {
        var quote = OddsPricer.Quote(Match, Book, Match.Kickoff.AddHours(-1));
        var moneyline = quote.Markets.Single(m => m.Name == "ML").Lines.Single().Prices;

        var overround = moneyline.Sum(p => 1m / p.Price);
        overround.Should().BeInRange(1.01m, 1.05m, "Pinnacle's margin is thin");
        quote.MarketsJson().ToJsonString().Should().Contain("\"home\":\"").And.Contain("\"hdp\":2.5");
    }
}
