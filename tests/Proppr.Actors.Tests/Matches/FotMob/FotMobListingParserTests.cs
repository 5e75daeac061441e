using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.Matches.Resolution;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>FotMob's real day listing of 3 September 2023: 139 leagues, 489 matches, 7 of them not played.</summary>
public sealed class FotMobListingParserTests
{
    private static readonly string Listing = ReferenceData.ReadFotMobListing(ReferenceData.FotMobListingDate);

    private static readonly DateTimeOffset Sunday = new(2023, 9, 3, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reads_every_match_with_both_names_of_each_team_its_kickoff_league_and_status()
    {
        var candidates = FotMobListingParser.Parse(Listing);

        candidates.Should().HaveCount(489);
        candidates.Single(c => c.MatchId == 4193490).Should().Be(new FixtureCandidate(
            4193490, "Arsenal", "Arsenal", "Man United", "Manchester United", Sunday.AddHours(15.5), "Premier League", MatchStatus.Finished, 47));
        candidates.Single(c => c.MatchId == 4221742).Should().Be(new FixtureCandidate(
            4221742, "Frankfurt", "Eintracht Frankfurt", "Köln", "1. FC Köln", Sunday.AddHours(13.5), "Bundesliga", MatchStatus.Finished, 54));
        candidates.Single(c => c.MatchId == 4221024).LeagueId.Should().Be(64, "Scotland's Premiership by its primaryId, not this season's id 886197");
    }

    [Fact]
    public void Reads_called_off_matches_by_their_reason_not_by_finished()
    {
        var candidates = FotMobListingParser.Parse(Listing);

        candidates.Count(c => c.Status == MatchStatus.Finished).Should().Be(482);
        candidates.Where(c => c.Status == MatchStatus.Postponed).Select(c => c.MatchId)
            .Should().BeEquivalentTo([4205374L, 4191690, 4241823, 4249509, 4265692]);
        candidates.Single(c => c.Status == MatchStatus.Cancelled).MatchId.Should().Be(4242070);
        candidates.Single(c => c.Status == MatchStatus.Abandoned).Should().Match<FixtureCandidate>(c =>
            c.MatchId == 4257131 && c.HomeName == "Samsunspor" && c.League == "Super Lig");
    }

    [Fact]
    public void Reads_the_same_from_utf8_bytes()
    {
        FotMobListingParser.Parse(System.Text.Encoding.UTF8.GetBytes(Listing)).Should().Equal(FotMobListingParser.Parse(Listing));
    }

    [Fact]
    public void Odd_entries_are_skipped_and_the_rest_kept()
    {
        var listing = JsonNode.Parse(Listing)!.AsObject();
        var leagues = listing["leagues"]!.AsArray();
        var premierLeague = leagues[0]!["matches"]!.AsArray();
        premierLeague[0]!.AsObject().Remove("id");
        premierLeague[1]!["home"] = "Liverpool";
        premierLeague[2]!.AsObject().Remove("status");
        premierLeague.Add(42);
        var laLiga = leagues[1]!.AsObject();
        var laLigaMatches = laLiga["matches"]!.AsArray().Count;
        laLiga["matches"] = "not a list";
        leagues.Add("not a league");
        var withoutUtcTime = leagues[2]!["matches"]![0]!;
        withoutUtcTime["status"]!.AsObject().Remove("utcTime");

        var candidates = FotMobListingParser.Parse(listing.ToJsonString());

        candidates.Should().HaveCount(489 - 3 - laLigaMatches);
        candidates.Single(c => c.MatchId == (long)withoutUtcTime["id"]!).Kickoff
            .Should().Be(DateTimeOffset.FromUnixTimeMilliseconds((long)withoutUtcTime["timeTS"]!), "timeTS stands in for utcTime");
    }

    [Fact]
    public void An_empty_day_has_no_candidates()
    {
        FotMobListingParser.Parse("""{"leagues": [], "date": "20230904"}""").Should().BeEmpty();
    }

    [Theory]
    [InlineData("<html>Just a moment...</html>", "the listing is not valid JSON")]
    [InlineData("[]", "the listing is a JSON array, not an object")]
    [InlineData("""{"date": "20230903"}""", "leagues missing or not an array")]
    [InlineData("""{"leagues": {"47": []}}""", "leagues missing or not an array")]
    public void A_body_that_is_no_listing_is_a_format_error(string body, string message)
    {
        var parse = () => FotMobListingParser.Parse(body);

        parse.Should().Throw<FotMobFormatException>().Which.Message.Should().StartWith(message);
    }
}
