using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Client;

namespace Proppr.Actors.Tests.Odds.Client;

public class SyncPlanTests
{
    private static readonly DateTimeOffset T0 = new(2025, 8, 18, 17, 0, 0, TimeSpan.Zero);

    private static readonly OddsFeedOptions Options = new()
    {
        ApiKey = "key",
        Odds = new OddsOptions { Bookmakers = ["Pinnacle", "Bet365"] },
    };

    [Fact]
    public void Without_a_sync_point_or_after_a_long_gap_the_whole_sync_is_taken()
    {
        SyncPlan.For(null, T0, Options, 40).Should().Be(SyncPlan.Full);
        SyncPlan.For(T0, T0.AddSeconds(51), Options, 40).Should().Be(SyncPlan.Full, "the provider takes a since at most 60 s old");
    }

    [Fact]
    public void A_short_gap_is_filled_since_the_last_sync_when_that_takes_no_more_calls()
    {
        // Gap fill: 2 bookmakers × 1 sport = 2 calls; full: 1 listing + 4 multi calls for 40 events.
        SyncPlan.For(T0, T0.AddSeconds(50), Options, 40).Should().Be(new SyncPlan(T0));
    }

    [Fact]
    public void A_short_gap_over_few_events_is_cheaper_as_a_full_snapshot()
    {
        var manyBooks = Options with { Odds = new OddsOptions { Bookmakers = ["Pinnacle", "Bet365", "SingBet", "Betfair Exchange"] } };

        // Gap fill: 4 calls; full: 1 listing + 1 multi call for 5 events.
        SyncPlan.For(T0, T0.AddSeconds(10), manyBooks, 5).Should().Be(SyncPlan.Full);
    }
}
