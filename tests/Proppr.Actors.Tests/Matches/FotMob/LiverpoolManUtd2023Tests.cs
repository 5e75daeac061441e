using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>4193696, Liverpool 0-0 Man Utd (Dec 2023): the 2023 shape with a sending-off for a second yellow.</summary>
public class LiverpoolManUtd2023Tests
{
    private readonly MatchDetails _match = SavedMatches.Parse(SavedMatches.LiverpoolManUtd2023);

    [Fact]
    public void Reads_a_goalless_draw()
    {
        _match.Home.Should().Be(new TeamRef(8650, "Liverpool"));
        _match.Away.Should().Be(new TeamRef(10260, "Manchester United"));
        _match.Status.Should().Be(MatchStatus.Finished);
        _match.Score.Should().Be(Score.Nil);
        _match.Goals.Should().BeEmpty();
        _match.ScoreByPeriod.Should().BeEmpty();
        _match.RegulationEnded.Should().BeTrue();
    }

    [Fact]
    public void Keeps_both_events_of_a_second_yellow()
    {
        _match.Cards.Where(card => card.PlayerId == 751550).Should().Equal(
            new CardEvent(new MatchTime(90, 4), Side.Away, 751550, CardKind.Yellow, CardRecipient.PlayerOnPitch, false),
            new CardEvent(new MatchTime(90, 4), Side.Away, 751550, CardKind.SecondYellow, CardRecipient.PlayerOnPitch, false));
    }

    [Fact]
    public void Reads_a_second_yellow_as_a_yellow_and_a_red_marker()
    {
        _match.TeamStats.Total(Stat.YellowCards).Should().Be(new SidePair(2, 4));
        _match.TeamStats.Total(Stat.RedCards).Should().Be(new SidePair(0, 1));
        var dalot = _match.Player(751550);
        dalot.Marks.Should().Be(new CardMarks(Yellow: true, Red: true), "his marker is ycrc, a second yellow");
        dalot.Stats[Stat.MinutesPlayed].Should().Be(89);
        _match.Lineup.Players.Count(player => player.Marks.Yellow).Should().Be(7, "2 home and 5 away, Dalot's first yellow included");
    }

    [Fact]
    public void Reads_team_stats_per_half()
    {
        _match.TeamStats.Total(Stat.Corners).Should().Be(new SidePair(12, 0));
        _match.TeamStats.In(MatchPeriod.FirstHalf, Stat.Corners).Should().Be(new SidePair(9, 0));
        _match.TeamStats.In(MatchPeriod.SecondHalf, Stat.RedCards).Should().Be(new SidePair(0, 1));
        _match.TeamStats.Total(Stat.Shots).Should().Be(new SidePair(34, 6));
        _match.TeamStats.Total(Stat.Tackles).Should().Be(new SidePair(13, 10), "\"13 (54%)\" tackles won");
    }

    [Fact]
    public void Reads_lineup_roles_and_player_stats()
    {
        _match.ShouldHaveRoles(Side.Home, starters: 11, used: 4, unused: 5, unavailable: 6);
        _match.ShouldHaveRoles(Side.Away, starters: 11, used: 3, unused: 6, unavailable: 8);

        var trent = _match.Player(760712);
        trent.Role.Should().Be(PlayerRole.Starter);
        trent.Stats[Stat.Shots].Should().Be(4);
        trent.Stats[Stat.ShotsOnTarget].Should().Be(0, "\"0/3 (0%)\"");
        trent.Stats[Stat.Passes].Should().Be(69);
        trent.Stats[Stat.Corners].Should().Be(7);
        trent.Stats[Stat.Interceptions].Should().Be(2);
        trent.Stats[Stat.ExpectedGoals].Should().Be(0.23m);

        var rashford = _match.Player(696365);
        rashford.SubbedOn.Should().Be(new MatchTime(71));
        rashford.Marks.Should().Be(new CardMarks(Yellow: true, Red: false));
    }
}
