using System.Text.Json.Nodes;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.History;

namespace Proppr.Node.Tests.Odds;

/// <summary>
/// <c>/api/odds/drops</c> and <c>/api/odds/value</c> on a node whose history holds two days: a day in pages through
/// <c>next_after</c>, the neighbouring days named, a fixture's day alone (bad queries: <c>ReadErrorTests</c>).
/// </summary>
public sealed class OddsHistoryEndpointTests : StartedNodeTests
{
    private const long Fixture = 4506508;
    private const long OtherFixture = 4193490;
    private static readonly DateTimeOffset Day = new(2026, 3, 14, 0, 0, 0, TimeSpan.Zero);
    private static readonly OddsKey Home = new(MarketNames.Moneyline, OddsOutcomes.Home);

    private static PriceDrop Drop(decimal from, decimal to, DateTimeOffset at) => new("Bet365", Home, from, to, Math.Round((from - to) / from * 100m, 4), at);

    private Task StoreAsync(params FixtureOddsSignal[] signals) =>
        new OddsHistoryStore(Node.Database).WriteAsync(signals, CancellationToken.None);

    [Fact]
    public async Task A_day_pages_through_next_after_and_names_the_days_around_it()
    {
        await StoreAsync(
            new FixtureOddsSignal(Fixture, [Drop(2.10m, 2.00m, Day.AddHours(9)), Drop(2.00m, 1.90m, Day.AddHours(10))], [], Day.AddHours(10)),
            new FixtureOddsSignal(OtherFixture, [Drop(3.00m, 2.50m, Day.AddHours(11))],
                [new ValueBet("Bet365", Home, 2.20m, 2.10m, 0.0476m, Day.AddHours(11).AddSeconds(30))], Day.AddHours(11)),
            new FixtureOddsSignal(Fixture, [Drop(1.90m, 1.80m, Day.AddDays(2))], [], Day.AddDays(2)));

        var first = await Http.GetOkAsync("api/odds/drops?day=2026-03-14&limit=2");
        first["items"]!.AsArray().Select(d => (decimal)d!["new_price"]!).Should().Equal(2.00m, 1.90m);
        var second = await Http.GetOkAsync($"api/odds/drops?day=2026-03-14&limit=2&after={(string)first["next_after"]!}");
        second["items"]!.AsArray().Should().ContainSingle().Which!["fixture_id"]!.GetValue<long>().Should().Be(OtherFixture);
        second["next_after"].Should().BeNull();
        ((string)second["next_day"]!, second["previous_day"]).Should().Be(("2026-03-16", (JsonNode?)null));

        var nextDay = await Http.GetOkAsync($"api/odds/drops?day=2026-03-16&fixture_id={Fixture}");
        nextDay["items"]!.AsArray().Should().ContainSingle().Which!["old_price"]!.GetValue<decimal>().Should().Be(1.90m);
        ((string)nextDay["previous_day"]!).Should().Be("2026-03-14");
        (await Http.GetOkAsync($"api/odds/drops?day=2026-03-16&fixture_id={OtherFixture}"))["items"]!.AsArray().Should().BeEmpty();

        var value = (await Http.GetOkAsync("api/odds/value?day=2026-03-14"))["items"]!.AsArray().Should().ContainSingle().Subject!;
        ((long)value["fixture_id"]!, (decimal)value["price"]!, (decimal)value["edge"]!).Should().Be((OtherFixture, 2.20m, 0.0476m));
        ((DateTimeOffset)value["found_at"]!).Should().Be(Day.AddHours(11));
    }
}
