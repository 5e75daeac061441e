using Akka.Actor;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.Client;
using Proppr.Actors.Odds.Feed;
using Proppr.Replay.Generation;
using Proppr.Replay.Server;
using Proppr.Replay.Timeline;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Odds.Client;

/// <summary>
/// The feed against the replay server (the demo's odds provider): a generated match day whose time moves only when the
/// test says, so the socket and REST agree at each step and the books can be compared with REST's answer.
/// </summary>
public sealed class ReplayOddsFeedTests : IAsyncLifetime
{
    private static readonly string[] Markets = ["ML", "Spread", "Totals", "Corners Totals"];

    private readonly MatchDay _day = MatchDayGenerator.Generate(new MatchDayOptions
    {
        Seed = 11, Fixtures = 3, FirstKickoff = new TimeOnly(15, 0), LastKickoff = new TimeOnly(15, 30), PostponeOne = false,
    });
    private readonly ManualTime _matchDayTime = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly TempDatabaseFile _database = new();
    private readonly HttpClient _http = new();
    private ReplayServer _server = null!;

    public async Task InitializeAsync()
    {
        var clock = new ReplayClock(_matchDayTime, _day.Matches[0].Kickoff.AddHours(-2), speed: 1);
        _server = await ReplayServer.StartAsync(_day, clock, new ReplayServerOptions { OddsTickInterval = TimeSpan.FromMilliseconds(50) });
        _http.BaseAddress = _server.BaseUrl;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _database.Dispose();
    }

    /// <summary>What the feed should hold: REST's current answer for the event, cut to the subscribed markets.</summary>
    private async Task<IReadOnlyList<(string, string, OddsKey, decimal)>> ReferenceAsync(long oddsEventId, FeedSubscription subscription)
    {
        var json = await _http.GetStringAsync($"v3/odds/multi?eventIds={oddsEventId}&bookmakers=Pinnacle,Bet365&apiKey=reference");
        var book = new FixtureBook(new OddsOptions(), DateTimeOffset.MaxValue);
        foreach (var bookmaker in OddsRestParser.ParseOdds(json).Items.Single().Bookmakers)
        {
            book.Apply(subscription.Subscribed(bookmaker), DateTimeOffset.UnixEpoch);
        }
        return ScriptedOddsServer.Describe(book.Quotes);
    }

    private async Task BooksMatchRestAsync(TestNode node, FeedSubscription subscription)
    {
        foreach (var match in _day.Matches)
        {
            var reference = await ReferenceAsync(match.OddsEventId, subscription);
            reference.Should().NotBeEmpty();
            await Eventually.HoldsAsync(async () =>
            {
                ScriptedOddsServer.Describe((await node.OddsOfAsync(match.MatchId)).Quotes).Should().Equal(reference);
            });
        }
    }

    [Fact]
    public async Task The_books_follow_the_replayed_market_and_record_its_drops()
    {
        var options = new OddsFeedOptions
        {
            ApiKey = "demo",
            RestBaseUrl = new Uri(_server.BaseUrl, "v3/"),
            WebSocketUrl = _server.OddsWebSocketUrl,
            Odds = new OddsOptions { Bookmakers = ["Pinnacle", "Bet365"], Markets = Markets },
        };
        var subscription = new FeedSubscription(options);
        await using var node = await OddsFeedNode.StartAsync(_database.Options, options,
            [.. _day.OddsEventIds.Select(ids => (ids.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), ids.Key))]);

        await BooksMatchRestAsync(node, subscription);

        // Pre-match prices drift every 20 minutes of match-day time: the socket tells each change.
        _matchDayTime.Advance(TimeSpan.FromMinutes(25));
        await BooksMatchRestAsync(node, subscription);

        var drops = new List<PriceDrop>();
        foreach (var match in _day.Matches)
        {
            drops.AddRange((await node.OddsOfAsync(match.MatchId)).Drops);
        }
        drops.Should().NotBeEmpty().And.OnlyContain(d => d.NewPrice < d.OldPrice && d.DropPercent >= 0.05m);
        var status = await node.Required<OddsFeed>().Ask<OddsFeedStatus>(GetOddsFeedStatus.Instance, TimeSpan.FromSeconds(20));
        status.Frames["updated"].Should().BeGreaterThan(0);
        status.Frames.Should().NotContainKey("malformed");
    }
}
