using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>4193696, Liverpool 0-0 Man Utd (Dec 2023): the 2023 shape with a sending-off for a second yellow.</summary>
public class LiverpoolManUtd2023Tests
{
    private readonly MatchSnapshot _match = SavedMatches.Parse(SavedMatches.LiverpoolManUtd2023);

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
    public void Counts_a_second_yellow_as_a_red_for_the_player_as_the_team_stats_do()
    {
        _match.TeamStats.Total(Stat.YellowCards).Should().Be(new SidePair(2, 4));
        _match.TeamStats.Total(Stat.RedCards).Should().Be(new SidePair(0, 1));
        var dalot = _match.Player(751550);
        dalot.StatOrZero(Stat.YellowCards).Should().Be(0);
        dalot.Stats[Stat.RedCards].Should().Be(1);
        dalot.Stats[Stat.MinutesPlayed].Should().Be(89);
        _match.Lineup.Players.Sum(player => player.StatOrZero(Stat.YellowCards)).Should().Be(6, "2 home and 4 away, as the team stats");
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
        _match.Roles(Side.Home).Should().BeEquivalentTo(new Dictionary<PlayerRole, int>
        {
            [PlayerRole.Starter] = 11, [PlayerRole.SubstituteUsed] = 4, [PlayerRole.SubstituteUnused] = 5, [PlayerRole.Unavailable] = 6,
        });
        _match.Roles(Side.Away).Should().BeEquivalentTo(new Dictionary<PlayerRole, int>
        {
            [PlayerRole.Starter] = 11, [PlayerRole.SubstituteUsed] = 3, [PlayerRole.SubstituteUnused] = 6, [PlayerRole.Unavailable] = 8,
        });

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
        rashford.Stats[Stat.YellowCards].Should().Be(1);
    }
}
