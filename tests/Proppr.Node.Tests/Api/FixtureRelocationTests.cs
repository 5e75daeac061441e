using System.Text.Json.Nodes;
using Proppr.Node.Tests.Alerts;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Api;

/// <summary>
/// A fixture whose FotMob id stops answering, end to end through a running node's API: the loopback FotMob answers 404
/// (or another match's payload) for the id, the fixture asks the resolver where its match went, the resolver searches
/// the real 2023-09-03 listing by the bet's teams and kickoff, and the bets move to Arsenal 3-1 Manchester United
/// (4193490), where they settle; the move is in the bet's history. A match nobody can find is listed as unresolved
/// and alerted until an operator maps it.
/// </summary>
public sealed class FixtureRelocationTests
{
    private const long Arsenal = 4193490;

    /// <summary>Over 2.5 goals on Arsenal v Manchester United, sent with a fixture id FotMob does not answer for.</summary>
    private static JsonObject OverGoals(string betId, long fixtureId, string home = "Arsenal", string away = "Manchester United")
    {
        var bet = MatchBets.OverGoals(betId);
        bet["fixture_id"] = fixtureId;
        bet["home_team"] = home;
        bet["away_team"] = away;
        bet["kickoff"] = "2023-09-03T15:30:00Z";
        return bet;
    }

    private static async Task<JsonNode> SettledAsync(HttpClient http, string betId)
    {
        JsonNode bet = null!;
        await Eventually.HoldsAsync(async () =>
        {
            bet = await http.GetOkAsync($"api/bets/{betId}");
            ((string)bet["status"]!).Should().Be("won", "Arsenal 3-1 has four goals");
        }, TimeSpan.FromSeconds(60));
        return bet;
    }

    private static void ShouldHaveMoved(JsonNode bet, long from, string reason)
    {
        ((long)bet["fixture_id"]!).Should().Be(Arsenal);
        var move = bet["moves"]!.AsArray().Should().ContainSingle().Subject!;
        ((long)move["from_fixture_id"]!, (long)move["to_fixture_id"]!, (string)move["reason"]!).Should().Be((from, Arsenal, reason));
    }

    [Fact]
    public async Task Bets_on_an_id_that_answers_not_found_move_to_the_match_the_search_finds_and_settle_there()
    {
        const long gone = 990001;
        await using var node = await NodeUnderTest.StartAsync(["--Fixtures:RelocateAfter=2"]);
        using var http = node.Client(NodeUnderTest.Token);

        var (_, intake) = await http.PostAsync("api/bets", OverGoals("gone-1", gone).ToJsonString());
        ApiJson.Answers(intake).Should().Equal(("gone-1", "accepted", null));

        ShouldHaveMoved(await SettledAsync(http, "gone-1"), gone, "fixture_not_found");
        (await http.GetOkAsync("api/manage/unresolved"))["fixtures"]!.AsArray().Should().BeEmpty("the match was found");

        // A bet sent to the old id afterwards follows its fixture's bets; sending it again is a duplicate.
        var (_, late) = await http.PostAsync("api/bets", OverGoals("gone-2", gone).ToJsonString());
        ApiJson.Answers(late).Should().Equal(("gone-2", "accepted", null));
        ShouldHaveMoved(await SettledAsync(http, "gone-2"), gone, "fixture_moved");
        var (_, again) = await http.PostAsync("api/bets", OverGoals("gone-2", gone).ToJsonString());
        ApiJson.Answers(again).Should().Equal(("gone-2", "duplicate", null));
    }

    [Fact]
    public async Task Bets_on_an_id_that_answers_with_another_match_move_to_their_own_match()
    {
        const long mixedUp = 990003;
        // FotMob answers the id with the payload of Liverpool 2-2 Manchester United: not the bet's match.
        await using var node = await NodeUnderTest.StartAsync(["--Fixtures:RelocateAfter=2"], servedAs: new Dictionary<long, long> { [mixedUp] = MatchBets.FixtureId });
        using var http = node.Client(NodeUnderTest.Token);

        await http.PostAsync("api/bets", OverGoals("mixed-1", mixedUp).ToJsonString());

        ShouldHaveMoved(await SettledAsync(http, "mixed-1"), mixedUp, "fixture_answered_another_match");
    }

    [Fact]
    public async Task A_match_nobody_can_find_is_listed_and_alerted_until_an_operator_maps_it()
    {
        const long lost = 990002;
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var node = await NodeUnderTest.StartAsync([
            "--Fixtures:RelocateAfter=2", $"--Alerts:WebhookUrl={receiver.WebhookUrl}", "--Alerts:CheckInterval=00:00:00.200"]);
        using var http = node.Client(NodeUnderTest.Token);

        await http.PostAsync("api/bets", OverGoals("lost-1", lost, home: "Nowhere Rovers", away: "Atlantis United").ToJsonString());

        await Eventually.HoldsAsync(async () =>
        {
            var entry = (await http.GetOkAsync("api/manage/unresolved"))["fixtures"]!.AsArray().Should().ContainSingle().Subject!;
            ((string)entry["external_id"]!).Should().Be($"fotmob:{lost}");
            ((int)entry["attempts"]!).Should().BeGreaterThan(0);
            ((string)entry["last_error"]!).Should().Contain("Nowhere Rovers v Atlantis United");
        }, TimeSpan.FromSeconds(60));
        await Eventually.HoldsAsync(() =>
        {
            var alert = receiver.Webhook.Should().Contain(n => (string)n["key"]! == $"fixture-lost:{lost}").Subject;
            ((string)alert["kind"]!).Should().Be("firing");
            ((string)alert["detail"]!).Should().Contain($"fotmob:{lost}");
        });
        await Eventually.HoldsAsync(async () =>
            ((string)(await http.GetOkAsync("api/bets/lost-1"))["status"]!).Should().Be("pending", "nothing is known of its match"));

        (await http.PostAsync("api/manage/mappings", $$"""{"external_id":"fotmob:{{lost}}","fixture_id":{{Arsenal}}}""")).Status.Should().Be(202);

        ShouldHaveMoved(await SettledAsync(http, "lost-1"), lost, "fixture_not_found");
        await Eventually.HoldsAsync(() =>
            receiver.Webhook.Should().Contain(n => (string)n["key"]! == $"fixture-lost:{lost}" && (string)n["kind"]! == "resolved"));
    }
}
