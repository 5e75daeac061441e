using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.Feed;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Monitor;

/// <summary>
/// A real node whose FotMob is a <see cref="FotMobStandIn"/> the test moves along: match 4506508 (Liverpool 2-2
/// Manchester United) served live at a minute, then at full time; and the node's fixture region, to hand the fixture
/// odds ticks as the feed would.
/// </summary>
public sealed class MonitoredMatch : IAsyncDisposable
{
    private readonly FotMobStandIn _fotMob;
    private readonly string _fullTime = ReferenceData.ReadFotMob(MatchBets.FixtureId);

    private MonitoredMatch(FotMobStandIn fotMob, NodeUnderTest node)
    {
        _fotMob = fotMob;
        Node = node;
    }

    public NodeUnderTest Node { get; }

    public static async Task<MonitoredMatch> StartAsync(params string[] settings)
    {
        var fotMob = await FotMobStandIn.StartAsync();
        var node = await NodeUnderTest.StartAsync([$"--FotMob:BaseUrl={fotMob.BaseUrl}", .. settings]);
        return new MonitoredMatch(fotMob, node);
    }

    /// <summary>From now on the match is live with the clock at <paramref name="minute"/>.</summary>
    public void LiveAt(int minute) => _fotMob.Serve(MatchBets.FixtureId, LivePayloads.TruncateAt(_fullTime, minute));

    /// <summary>From now on the match is over: the real full-time payload.</summary>
    public void FullTime() => _fotMob.Serve(MatchBets.FixtureId, _fullTime);

    /// <summary>Pinnacle prices the match's over <paramref name="line"/> at each price in turn, one second apart from <paramref name="from"/>.</summary>
    public void PriceOver(decimal line, DateTimeOffset from, params decimal[] prices)
    {
        var key = new OddsKey(MarketNames.Totals, OddsOutcomes.Over, line);
        var ticks = prices.Select((price, i) => OddsTick.Quote(
            new BookmakerMarkets("Pinnacle", [new OddsMarket(MarketNames.Totals, null, [new OddsEntry(key, price, null)])]), from.AddSeconds(i)));
        var region = Node.Services.GetRequiredService<IRequiredActor<FixtureRegion>>().ActorRef;
        region.Tell(new ApplyOdds(MatchBets.FixtureId, "61300001", from.AddHours(1), [.. ticks]));
    }

    public async ValueTask DisposeAsync()
    {
        await Node.DisposeAsync();
        await _fotMob.DisposeAsync();
    }
}
