using System.Text.Json.Nodes;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Api;

/// <summary>
/// <c>GET /api/bets</c> on a running node: a day's bets narrowed by source, market, minimum stake, fixture and status.
/// The bets are placed on a day of their own, so other tests' bets on the shared node stay out of the list.
/// </summary>
public sealed class BetListTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private const string Day = "2025-06-01";

    private readonly HttpClient _http = fixture.Node.Client(NodeUnderTest.Token);

    private static JsonObject PlacedAt(JsonObject bet, string time)
    {
        bet["placed_at"] = $"{Day}T{time}:00Z";
        return bet;
    }

    private async Task<string[]> Ids(string filters) =>
        [.. (await _http.GetOkAsync($"api/bets?day={Day}&{filters}"))["bets"]!.AsArray().Select(bet => (string)bet!["bet_id"]!)];

    [Fact]
    public async Task A_days_bets_are_narrowed_by_source_market_minimum_stake_fixture_and_status()
    {
        var (_, intake) = await _http.PostAsync("api/bets", MatchBets.Lines(
            PlacedAt(MatchBets.Bet("list-1", "goals", "over", 2.5m, 1.9m, 10m, source: "alpha"), "10:00"),
            PlacedAt(MatchBets.Bet("list-2", "btts", "yes", null, 1.8m, 25m, source: "alpha"), "11:00"),
            PlacedAt(MatchBets.Bet("list-3", "goals", "under", 1.5m, 2.4m, 50m, source: "beta"), "12:00")));
        ((int)intake["accepted"]!).Should().Be(3);
        // Four goals: the over and both-teams-to-score win, the under 1.5 loses.
        await Eventually.HoldsAsync(async () =>
        {
            (await Ids("")).Should().Equal("list-1", "list-2", "list-3");
            (await Ids("status=pending")).Should().BeEmpty();
        });

        (await Ids("source=alpha")).Should().Equal("list-1", "list-2");
        (await Ids("market=goals")).Should().Equal("list-1", "list-3");
        (await Ids("min_stake=25")).Should().Equal("list-2", "list-3");
        (await Ids("min_stake=10.5")).Should().Equal("list-2", "list-3");
        (await Ids("status=lost")).Should().Equal("list-3");
        (await Ids("source=alpha&market=goals&min_stake=10&status=won")).Should().Equal("list-1");
        (await Ids($"fixture_id={MatchBets.FixtureId}")).Should().HaveCount(3);
        (await Ids("fixture_id=4813415")).Should().BeEmpty();
    }
}
