using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>4193490, Arsenal 3-1 Man Utd (Sep 2023): the 2023 shape, stats inside the lineup, two goals deep in stoppage time.</summary>
public class ArsenalManUtd2023Tests
{
    private readonly MatchDetails _match = SavedMatches.Parse(SavedMatches.ArsenalManUtd2023);

    [Fact]
    public void Reads_the_match_and_its_score_by_period()
    {
        _match.Home.Should().Be(new TeamRef(9825, "Arsenal"));
        _match.Away.Should().Be(new TeamRef(10260, "Manchester United"));
        _match.Kickoff.Should().Be(new DateTimeOffset(2023, 9, 3, 15, 30, 0, TimeSpan.Zero));
        _match.Status.Should().Be(MatchStatus.Finished);
        _match.Score.Should().Be(new Score(3, 1));
        _match.GoalsIn(MatchPeriod.FirstHalf).Should().Be(new Score(1, 1));
        _match.GoalsIn(MatchPeriod.SecondHalf).Should().Be(new Score(2, 0), "90+6 and 90+11 are second-half stoppage time");
        _match.EndedPeriods.Should().BeEquivalentTo([MatchPeriod.FirstHalf, MatchPeriod.SecondHalf]);
        _match.PeriodStarts.Should().BeEmpty("2023 payloads have no halfs timestamps");
    }

    [Fact]
    public void Reads_goals_with_assists_and_stoppage_time()
    {
        _match.Goals.Should().Equal(
            new GoalEvent(new MatchTime(27), Side.Away, 696365, "Marcus Rashford", false, false, 157723),
            new GoalEvent(new MatchTime(28), Side.Home, 534670, "Martin Ødegaard", false, false, 1021586),
            new GoalEvent(new MatchTime(90, 6), Side.Home, 654096, "Declan Rice", false, false, 961995),
            new GoalEvent(new MatchTime(90, 11), Side.Home, 576165, "Gabriel Jesus", false, false, 1025462));
    }

    [Fact]
    public void Reads_cards_and_team_stats_per_period()
    {
        _match.Cards.Should().HaveCount(5);
        _match.Cards.Count(card => card.Side == Side.Away).Should().Be(3);
        _match.TeamStats.Total(Stat.Corners).Should().Be(new SidePair(12, 3));
        _match.TeamStats.Total(Stat.YellowCards).Should().Be(new SidePair(2, 3));
        _match.TeamStats.In(MatchPeriod.FirstHalf, Stat.Corners).Should().Be(new SidePair(8, 1));
        _match.TeamStats.In(MatchPeriod.SecondHalf, Stat.Corners).Should().Be(new SidePair(4, 2));
        _match.TeamStats.Total(Stat.ExpectedGoals).Should().Be(new SidePair(2.27m, 0.94m));
        _match.TeamStats.Total(Stat.Offsides).Should().Be(new SidePair(2, 1), "2023 puts Offsides in the passes group");
    }

    [Fact]
    public void Builds_the_lineup_from_rows_bench_and_the_unavailable_list()
    {
        _match.Lineup.Confirmed.Should().BeTrue();
        _match.ShouldHaveRoles(Side.Home, starters: 11, used: 5, unused: 4, unavailable: 3);
        _match.ShouldHaveRoles(Side.Away, starters: 11, used: 4, unused: 5, unavailable: 7);
    }

    [Fact]
    public void Takes_substitution_times_with_added_time_from_the_events()
    {
        // The lineup says timeSubbedOff 90; the event says 90+9.
        _match.Player(534670).SubbedOff.Should().Be(new MatchTime(90, 9));
        _match.Player(749736).SubbedOff.Should().Be(new MatchTime(77));
    }

    [Fact]
    public void Reads_player_stats_with_ratio_strings_by_their_first_number()
    {
        var jesus = _match.Player(576165);
        jesus.Role.Should().Be(PlayerRole.SubstituteUsed);
        jesus.SubbedOn.Should().Be(new MatchTime(76));
        jesus.Stats[Stat.MinutesPlayed].Should().Be(14);
        jesus.Stats[Stat.Goals].Should().Be(1);
        jesus.Marks.Should().Be(new CardMarks(Yellow: true, Red: false));

        var saka = _match.Player(961995);
        saka.Stats[Stat.Assists].Should().Be(1);
        saka.Stats[Stat.Passes].Should().Be(32, "\"32/35 (91%)\"");
        saka.Stats[Stat.ShotsOnTarget].Should().Be(1, "\"1/1 (100%)\" shot accuracy");
        saka.Stats[Stat.Tackles].Should().Be(2, "\"2/3 (67%)\" tackles won");
        saka.Stats[Stat.Corners].Should().Be(4);
    }

    [Fact]
    public void Reads_the_shot_map()
    {
        _match.HasShotMap.Should().BeTrue();
        _match.Shots.Should().HaveCount(27);
        _match.Shots.Count(shot => shot.IsGoal).Should().Be(4);
        _match.Shots.Should().Contain(shot => shot.PlayerId == 1021586 && shot.Time == new MatchTime(3) && shot.Side == Side.Home);
    }
}
