using System.Text;
using System.Text.Json;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>What holds for every saved payload, checked against the payload's own JSON.</summary>
public class FotMobParserTests
{
    public static TheoryData<long> MatchIds => SavedMatches.AllIds();

    public static TheoryData<long> PlayedMatchIds => SavedMatches.PlayedIds();

    [Theory]
    [MemberData(nameof(MatchIds))]
    public void Every_saved_payload_parses_with_its_id_and_teams(long matchId)
    {
        var json = ReferenceData.ReadFotMob(matchId);
        using var document = JsonDocument.Parse(json);
        var teams = document.RootElement.GetProperty("header").GetProperty("teams");

        var match = FotMobParser.Parse(json);

        match.FixtureId.Should().Be(matchId);
        match.Home.Name.Should().Be(teams[0].GetProperty("name").GetString());
        match.Away.Name.Should().Be(teams[1].GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(MatchIds))]
    public void The_goals_of_play_add_up_to_the_header_score(long matchId)
    {
        var json = ReferenceData.ReadFotMob(matchId);
        using var document = JsonDocument.Parse(json);
        var goalEvents = document.RootElement.GetProperty("content").GetProperty("matchFacts").GetProperty("events").GetProperty("events")
            .EnumerateArray()
            .Count(e => e.GetProperty("type").GetString() == "Goal");

        var match = FotMobParser.Parse(json);

        match.Goals.Should().HaveCount(goalEvents);
        match.ScoreByPeriod.Values.Aggregate(Score.Nil, (total, score) => total.Plus(score)).Should().Be(match.Score);
    }

    [Theory]
    [MemberData(nameof(MatchIds))]
    public void A_payload_wrapped_in_pageProps_parses_to_the_same_snapshot(long matchId)
    {
        var json = ReferenceData.ReadFotMob(matchId);

        var wrapped = FotMobParser.Parse($$"""{"pageProps":{{json}},"__N_SSP":true}""");

        wrapped.Should().BeEquivalentTo(FotMobParser.Parse(json));
    }

    /// <summary>The rules read a player without minutes as one the provider gave no stats for.</summary>
    [Theory]
    [MemberData(nameof(PlayedMatchIds))]
    public void Every_player_who_played_has_his_minutes(long matchId) =>
        SavedMatches.Parse(matchId).Lineup.Players.Where(player => player.Played)
            .Should().NotBeEmpty().And.OnlyContain(player => player.Stats.ContainsKey(Stat.MinutesPlayed) && player.Stats[Stat.MinutesPlayed] > 0);

    [Fact]
    public void Bytes_and_streams_parse_like_text()
    {
        var json = ReferenceData.ReadFotMob(SavedMatches.LiverpoolManUtd2025);
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = FotMobParser.Parse(json);

        FotMobParser.Parse(bytes).Should().BeEquivalentTo(expected);
        using var stream = new MemoryStream(bytes);
        FotMobParser.Parse(stream).Should().BeEquivalentTo(expected);
    }
}
