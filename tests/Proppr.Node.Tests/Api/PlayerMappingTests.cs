using System.Text.Json.Nodes;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Api;

/// <summary>
/// <c>POST /api/manage/player-mappings</c> on a running node: a player prop that names its player only by the odds
/// provider's id takes the FotMob id from the table and settles on the real payload; bad entries refuse the request,
/// naming the entry, and save nothing.
/// </summary>
public sealed class PlayerMappingTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    /// <summary>Mohamed Salah (292462) had four shots in Liverpool 2-2 Manchester United.</summary>
    private static JsonObject SalahShots(string betId, string oddsPlayerId)
    {
        var bet = MatchBets.Bet(betId, "shots", "over", 3.5m, 1.9m, 10m);
        bet["scope"] = "player";
        bet["odds_player_id"] = oddsPlayerId;
        return bet;
    }

    [Fact]
    public async Task A_bet_naming_its_player_only_by_a_mapped_odds_id_is_graded_on_the_mapped_player()
    {
        using var http = fixture.Node.Client(NodeUnderTest.Token);

        var saved = await http.PostAsync("api/manage/player-mappings",
            """[{"odds_player_id":"op-292462","fotmob_player_id":292462,"player_name":"Mohamed Salah"},{"odds_player_id":"op-806552","fotmob_player_id":806552}]""");
        saved.Status.Should().Be(200);
        ((int)saved.Body["saved"]!).Should().Be(2);

        var (_, intake) = await http.PostAsync("api/bets", new JsonArray(SalahShots("mapped-salah", "op-292462"), SalahShots("unmapped", "op-unknown")).ToJsonString());

        ApiJson.Answers(intake).Should().Equal(("mapped-salah", "accepted", null), ("unmapped", "rejected", "missing_player"));
        await Eventually.HoldsAsync(async () =>
        {
            var bet = await http.GetOkAsync("api/bets/mapped-salah");
            ((string)bet["status"]!, (long)bet["bet"]!["player_id"]!).Should().Be(("won", 292462));
        });
    }

    [Theory]
    [InlineData("[]", "send [")]
    [InlineData("""[{"odds_player_id":"op-1","fotmob_player_id":1},{"odds_player_id":"has space","fotmob_player_id":2}]""", "mapping 1:")]
    [InlineData("""[{"odds_player_id":"op-1","fotmob_player_id":0}]""", "mapping 0:")]
    [InlineData("""[{"fotmob_player_id":5}]""", "mapping 0:")]
    public async Task A_bad_entry_refuses_the_request_and_names_it(string body, string error)
    {
        using var http = fixture.Node.Client(NodeUnderTest.Token);

        var refused = await http.PostAsync("api/manage/player-mappings", body);

        refused.Status.Should().Be(400);
        ((string)refused.Body["error"]!).Should().StartWith(error);
    }
}
