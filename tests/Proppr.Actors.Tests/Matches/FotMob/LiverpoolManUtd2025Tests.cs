using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>4506508, Liverpool 2-2 Man Utd (Jan 2025): the 2024/25 shape with a penalty goal.</summary>
public class LiverpoolManUtd2025Tests
{
    private readonly MatchDetails _match = SavedMatches.Parse(SavedMatches.LiverpoolManUtd2025);

    [Fact]
    public void Reads_four_second_half_goals_after_a_goalless_first_half()
    {
        _match.Score.Should().Be(new Score(2, 2));
        _match.GoalsIn(MatchPeriod.FirstHalf).Should().Be(Score.Nil);
        _match.GoalsIn(MatchPeriod.SecondHalf).Should().Be(new Score(2, 2));
        _match.Goals.Select(goal => (goal.Time.Minute, goal.ScorerId, goal.CreditedTo, goal.Penalty)).Should().Equal(
            (52, 847983L, Side.Away, false),
            (59, 806552L, Side.Home, false),
            (70, 292462L, Side.Home, true),
            (80, 1070052L, Side.Away, false));
        _match.Goals[0].AssistId.Should().Be(422685);
    }

    [Fact]
    public void Reads_player_stats_from_content_playerStats()
    {
        var salah = _match.Player(292462);
        salah.Stats[Stat.MinutesPlayed].Should().Be(90);
        salah.Stats[Stat.Goals].Should().Be(1);
        salah.Stats[Stat.Shots].Should().Be(4);
        salah.Stats[Stat.ShotsOnTarget].Should().Be(1);
        salah.Stats[Stat.Passes].Should().Be(24, "accurate passes: value 24 of total 31");
        salah.Stats[Stat.Fouls].Should().Be(1);
        salah.Stats[Stat.Tackles].Should().Be(0);

        var alisson = _match.Player(319784);
        alisson.Stats[Stat.Saves].Should().Be(2);
        alisson.Stats.Should().NotContainKey(Stat.Goals, "goalkeepers have no goals entry and Alisson scored none");
    }

    [Fact]
    public void A_stat_left_out_because_it_was_zero_is_absent_and_reads_as_zero()
    {
        // Núñez (on at 60') took no shot: his stats list total_shots 0 and no ShotsOnTarget entry at all.
        var nunez = _match.Player(950561);
        nunez.Stats[Stat.Shots].Should().Be(0);
        nunez.Stats.Should().NotContainKey(Stat.ShotsOnTarget);
        nunez.StatOrZero(Stat.ShotsOnTarget).Should().Be(0);
        _match.Shots.Should().NotContain(shot => shot.PlayerId == 950561, "the shot map agrees");
    }

    [Fact]
    public void Reads_the_bench_and_the_unavailable()
    {
        _match.ShouldHaveRoles(Side.Home, starters: 11, used: 4, unused: 5, unavailable: 2);
        _match.ShouldHaveRoles(Side.Away, starters: 11, used: 3, unused: 6, unavailable: 1);
        _match.Player(1310118).Role.Should().Be(PlayerRole.Unavailable);
        _match.Player(1310118).Played.Should().BeFalse();
        var kelleher = _match.Player(776689);
        kelleher.Role.Should().Be(PlayerRole.SubstituteUnused);
        kelleher.Stats[Stat.MinutesPlayed].Should().Be(0);
        var nunez = _match.Player(950561);
        nunez.Role.Should().Be(PlayerRole.SubstituteUsed);
        nunez.SubbedOn.Should().Be(new MatchTime(60));
        nunez.Marks.Should().Be(new CardMarks(Yellow: true, Red: false));
        _match.Player(769895).SubbedOff.Should().Be(new MatchTime(83));
    }

    [Fact]
    public void Reads_team_stats_and_shots_per_half()
    {
        _match.TeamStats.Total(Stat.Corners).Should().Be(new SidePair(6, 9));
        _match.TeamStats.In(MatchPeriod.FirstHalf, Stat.Corners).Should().Be(new SidePair(2, 2));
        _match.TeamStats.Total(Stat.Fouls).Should().Be(new SidePair(10, 13));
        _match.TeamStats.Total(Stat.Tackles).Should().Be(new SidePair(6, 20));
        _match.TeamStats.Total(Stat.Passes).Should().Be(new SidePair(364, 287), "\"364 (83%)\"");
        _match.TeamStats.Total(Stat.ExpectedGoals).Should().Be(new SidePair(2.82m, 1.05m));
        _match.Shots.Where(shot => shot.PlayerId == 292462).Select(shot => (shot.Time, shot.Period, shot.OnTarget, shot.IsGoal)).Should().Equal(
            (new MatchTime(43), MatchPeriod.FirstHalf, false, false),
            (new MatchTime(70), MatchPeriod.SecondHalf, true, true),
            (new MatchTime(75), MatchPeriod.SecondHalf, false, false),
            // FotMob marks this blocked shot isOnTarget too: a blocked shot is not on target.
            (new MatchTime(90, 4), MatchPeriod.SecondHalf, false, false));
    }
}
