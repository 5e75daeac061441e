using System.Text;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>
/// What is not a match is a <see cref="FotMobFormatException"/> naming the path; optional parts in odd shapes are
/// absent or zero.
/// </summary>
public class FotMobBadInputTests
{
    private static string Payload(string content) =>
        $$"""
        {"general":{"matchId":"77"},
         "header":{"status":{"started":true,"finished":true},"teams":[{"name":"Home","id":1,"score":2},{"name":"Away","id":2,"score":1}]},
         "content":{{content}}}
        """;

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{\"header\":", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("[]", "a JSON array, not an object")]
    [InlineData("[{\"header\":{}}]", "a JSON array, not an object")]
    [InlineData("42", "a JSON number, not an object")]
    [InlineData("null", "a JSON null, not an object")]
    [InlineData("{}", "header missing")]
    [InlineData("{\"pageProps\":{}}", "header missing")]
    [InlineData("{\"header\":[]}", "header is a JSON array")]
    [InlineData("{\"header\":{}}", "header.status missing")]
    [InlineData("{\"header\":{\"status\":\"FT\"}}", "header.status is a JSON string")]
    [InlineData("{\"header\":{\"status\":{}}}", "header.teams missing")]
    [InlineData("{\"header\":{\"status\":{},\"teams\":{}}}", "header.teams missing")]
    [InlineData("{\"header\":{\"status\":{},\"teams\":[{\"name\":\"A\"}]}}", "header.teams missing")]
    [InlineData("{\"header\":{\"status\":{},\"teams\":[{\"name\":\"A\"},{\"name\":null}]}}", "header.teams[1].name missing")]
    [InlineData("{\"header\":{\"status\":{},\"teams\":[7,{\"name\":\"B\"}]}}", "header.teams[0].name missing")]
    [InlineData("{\"header\":{\"status\":{},\"teams\":[{\"name\":\"A\"},{\"name\":\"B\"}]}}", "match id missing")]
    public void A_payload_that_is_not_a_match_is_a_format_error_naming_the_path(string json, string message)
    {
        var parse = () => FotMobParser.Parse(json);

        parse.Should().Throw<FotMobFormatException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void Invalid_bytes_and_streams_are_format_errors_too()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"header\": tru");

        FluentActions.Invoking(() => FotMobParser.Parse(bytes)).Should().Throw<FotMobFormatException>();
        FluentActions.Invoking(() => FotMobParser.Parse(new MemoryStream(bytes))).Should().Throw<FotMobFormatException>();
        FluentActions.Invoking(() => FotMobParser.Parse(new byte[] { 0xFF, 0xFE, 0x00 })).Should().Throw<FotMobFormatException>();
    }

    [Fact]
    public void A_header_alone_is_enough_for_a_snapshot()
    {
        var match = FotMobParser.Parse(Payload("null"));

        match.FixtureId.Should().Be(77);
        match.Status.Should().Be(MatchStatus.Finished);
        match.Score.Should().Be(new Score(2, 1));
        match.Lineup.Should().Be(Lineup.Unknown);
        match.TeamStats.IsEmpty.Should().BeTrue();
        match.HasShotMap.Should().BeFalse();
    }

    [Theory]
    [InlineData("""{"stats":"n/a","playerStats":[],"lineup":"tbc","shotmap":{"shots":"none"},"matchFacts":{"events":{"events":{}}}}""")]
    [InlineData("""{"stats":{"Periods":{"All":"x","FirstHalf":[],"Overtime":{}}},"playerStats":{"1":7},"lineup":{"homeTeam":[],"awayTeam":{"starters":{}}}}""")]
    [InlineData("""{"stats":{"Periods":{"All":{"stats":[7,{"stats":{}},{"stats":[null,"row",{"key":"corners","stats":"5"}]}]}}}}""")]
    [InlineData("""{"lineup":{"lineup":[{"players":[[{"id":"x"},{"id":5,"name":null,"stats":"-"}]],"bench":{"a":1}},7],"naPlayers":[]}}""")]
    [InlineData("""{"lineup":{"homeTeam":{"starters":[{"id":9,"performance":{"substitutionEvents":{}}}],"subs":[{"id":10,"performance":[]}]}},"playerStats":{"9":{"stats":[{"stats":{"Goals":{"key":"goals","stat":"one"}}}]}}}""")]
    [InlineData("""{"matchFacts":{"events":{"events":[7,null,{"type":"Goal"},{"type":"Goal","time":"ten"},{"type":"Card","time":5,"isHome":true,"card":"Blue"},{"type":"Substitution","time":5,"isHome":false,"swap":[{}]},{"type":"Half","time":null}],"penaltyShootoutEvents":{}}}}""")]
    [InlineData("""{"shotmap":{"shots":[null,{"min":5},{"min":5,"teamId":1,"playerId":"p"},{"min":"x","teamId":1,"playerId":3}]}}""")]
    public void Optional_parts_in_odd_shapes_are_left_out_instead_of_failing(string content)
    {
        var match = FotMobParser.Parse(Payload(content));

        match.Home.Name.Should().Be("Home");
        match.Goals.Should().BeEmpty();
        match.Cards.Should().BeEmpty();
        match.Substitutions.Should().BeEmpty();
        match.Shots.Should().BeEmpty();
    }

    [Fact]
    public void Odd_stat_cells_read_as_zero_and_odd_rows_are_skipped()
    {
        var match = FotMobParser.Parse(Payload("""
            {"stats":{"Periods":{"All":{"stats":[{"stats":[
              {"key":"corners","stats":[null,"-"]},
              {"key":"fouls","stats":"7"},
              {"key":"yellow_cards","stats":["2 (x)",{}]},
              {"key":"BallPossesion","stats":[60]},
              {"key":"expected_goals","stats":["1.5","abc"]},
              {"key":"passes","type":"title","stats":[1,1]}
            ]}]}}}}
            """));

        match.TeamStats.All.Should().BeEquivalentTo(new Dictionary<Stat, SidePair>
        {
            [Stat.Corners] = SidePair.Zero,
            [Stat.YellowCards] = new(2, 0),
            [Stat.ExpectedGoals] = new(1.5m, 0),
        });
    }

    [Fact]
    public void A_goal_without_new_score_counts_for_the_scorers_opponent_when_it_is_an_own_goal()
    {
        var match = FotMobParser.Parse(Payload("""
            {"matchFacts":{"events":{"events":[
              {"type":"Goal","time":12,"isHome":true,"ownGoal":true,"playerId":5},
              {"type":"Goal","time":30,"isHome":true,"ownGoal":null,"shotmapEvent":{"isOwnGoal":true},"playerId":6,"newScore":[0,2]},
              {"type":"Goal","time":50,"isHome":false,"ownGoal":null,"playerId":7,"newScore":[1,2]}
            ]}}}
            """));

        match.Goals.Select(goal => (goal.CreditedTo, goal.OwnGoal, goal.ScorerId)).Should().Equal(
            (Side.Away, true, 5L),
            (Side.Away, true, 6L),
            (Side.Home, false, 7L));
    }
}
