using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Client;
using Proppr.Actors.Odds.Feed;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Odds.Client;

public class FeedSyncTests
{
    private static readonly DateTimeOffset At = Kickoff.AddHours(-1);
    private static readonly FeedSubscription Subscription = new(new OddsFeedOptions { ApiKey = "key", Odds = new OddsOptions { Markets = ["ML"] } });
    private static readonly IReadOnlyList<string> Bookmakers = ["Pinnacle", "Bet365"];

    private static EventOdds Event(string id, params Proppr.Actors.Odds.Feed.BookmakerMarkets[] bookmakers) => new(new OddsEvent(id), bookmakers);

    [Fact]
    public void A_full_sync_replaces_what_it_has_and_withdraws_the_bookmakers_and_events_it_no_longer_has()
    {
        var sync = new FeedSync(SyncPlan.Full, [Event("1", Quotes("Pinnacle", (Home, 1.9m), (Over(2.5m), 1.95m)))], [], 0);

        var updates = sync.Updates(["1", "2"], Subscription, Bookmakers, At);

        updates.Select(u => (u.OddsEventId, u.Tick.Bookmaker, Quoted: u.Tick.Odds?.Markets.Select(m => m.Name).Single())).Should().Equal(
            ("1", "Pinnacle", "ML"),
            ("1", "Bet365", null),
            ("2", null, null));
        updates.Should().OnlyContain(u => u.Tick.ReceivedAt == At);
    }

    [Fact]
    public void A_gap_fill_only_tells_what_changed()
    {
        var sync = new FeedSync(new SyncPlan(At.AddSeconds(-30)), [Event("1", Quotes("Bet365", (Home, 2.0m)))], [], 0);

        var updates = sync.Updates(["1", "2"], Subscription, Bookmakers, At);

        updates.Should().ContainSingle().Which.Tick.Bookmaker.Should().Be("Bet365");
    }
}
