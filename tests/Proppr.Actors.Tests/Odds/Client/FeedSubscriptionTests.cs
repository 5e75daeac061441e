using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Client;
using Proppr.Actors.Odds.Feed;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Odds.Client;

public class FeedSubscriptionTests
{
    private static readonly OddsFeedOptions Options = new()
    {
        ApiKey = "k+1",
        WebSocketUrl = new Uri("wss://api.odds-api.io/v3/ws"),
        Leagues = ["england-premier-league", "spain-la-liga"],
        Status = "live",
        Odds = new OddsOptions { Markets = ["Totals", "Moneyline", "Spread"] },
    };

    [Fact]
    public void The_socket_url_carries_the_whole_subscription_with_ML_always_first()
    {
        new FeedSubscription(Options).SocketUrl().AbsoluteUri.Should().Be(
            "wss://api.odds-api.io/v3/ws?apiKey=k%2B1&markets=ML,Totals,Spread&sport=football&leagues=england-premier-league,spain-la-liga&status=live");
    }

    [Theory]
    [InlineData("eventIds", "Cannot use both 'leagues' and 'eventIds' filters together.")]
    [InlineData("status", "Invalid status filter. Use 'prematch' or 'live'")]
    [InlineData("key", "An API key is required.")]
    [InlineData("markets", "Too many markets. Maximum 20 allowed.")]
    public void A_subscription_the_provider_would_refuse_fails_at_start_in_its_words(string change, string message)
    {
        var options = change switch
        {
            "eventIds" => Options with { EventIds = ["61300001"] },
            "status" => Options with { Status = "upcoming" },
            "key" => Options with { ApiKey = " " },
            _ => Options with { Odds = new OddsOptions { Markets = [.. Enumerable.Range(1, 20).Select(i => $"Market {i}")] } },
        };

        var act = () => new FeedSubscription(options);

        act.Should().Throw<ArgumentException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void A_gap_fill_keeps_only_the_events_the_socket_would_stream()
    {
        var subscription = new FeedSubscription(Options);
        var live = new OddsEvent("1") { League = new OddsCategory("Premier League", "england-premier-league"), Status = OddsEventStatus.Live };

        subscription.Covers(live).Should().BeTrue();
        subscription.Covers(live with { Status = OddsEventStatus.Pending }).Should().BeFalse("the filter is live only");
        subscription.Covers(live with { League = new OddsCategory("Serie A", "italy-serie-a") }).Should().BeFalse();
        subscription.RestStatuses.Should().Be("live");
    }

    [Fact]
    public void REST_answers_are_cut_to_the_subscribed_markets_as_the_socket_sends_them()
    {
        var subscription = new FeedSubscription(Options);
        var rest = Quotes("Pinnacle", (Home, 1.9m), (Over(2.5m), 1.95m), (new OddsKey("Bookings Totals", "over", 4.5m), 1.8m));

        subscription.Subscribed(rest).Markets.Select(market => market.Name).Should().BeEquivalentTo(MarketNames.Moneyline, MarketNames.Totals);
    }
}
