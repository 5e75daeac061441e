using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>3411368, Wolves 1-3 Man City (Sep 2020): the legacy shape, no ids but in URLs, no periods, no shot map.</summary>
public class WolvesManCity2020Tests
{
    private readonly MatchDetails _match = SavedMatches.Parse(SavedMatches.WolvesManCity2020);

    [Fact]
    public void Reads_teams_from_their_page_paths_and_the_final_score()
    {
        _match.Home.Should().Be(new TeamRef(8602, "Wolverhampton Wanderers"));
        _match.Away.Should().Be(new TeamRef(8456, "Manchester City"));
        _match.League.Should().Be("Premier League");
        _match.Kickoff.Should().BeNull("the 2020 shape gives only a local date string");
        _match.Status.Should().Be(MatchStatus.Finished);
        _match.Clock.Should().BeNull();
        _match.Score.Should().Be(new Score(1, 3));
        _match.EndedPeriods.Should().BeEquivalentTo([MatchPeriod.FirstHalf, MatchPeriod.SecondHalf]);
    }

    [Fact]
    public void Counts_the_half_time_score_from_goal_minutes_as_there_are_no_half_events()
    {
        _match.GoalsIn(MatchPeriod.FirstHalf).Should().Be(new Score(0, 2));
        _match.GoalsIn(MatchPeriod.SecondHalf).Should().Be(new Score(1, 1));
    }

    [Fact]
    public void Reads_goals_from_profile_urls_and_the_name_suffix()
    {
        _match.Goals.Should().Equal(
            new GoalEvent(new MatchTime(20), Side.Away, 169200, "Kevin De Bruyne", OwnGoal: false, Penalty: true, AssistId: null),
            new GoalEvent(new MatchTime(32), Side.Away, 815006, "Phil Foden", false, false, 246575),
            new GoalEvent(new MatchTime(78), Side.Home, 292313, "Raul Jiménez", false, false, 524435),
            new GoalEvent(new MatchTime(90, 5), Side.Away, 576165, "Gabriel Jesus", false, false, 169200));
    }

    [Fact]
    public void Reads_cards_and_substitutions_by_profile_url()
    {
        _match.Cards.Select(card => (card.Time, card.Side, card.PlayerId, card.Kind)).Should().Equal(
            (new MatchTime(35), Side.Away, 576165L, CardKind.Yellow),
            (new MatchTime(35), Side.Away, 280965L, CardKind.Yellow),
            (new MatchTime(86), Side.Away, 675088L, CardKind.Yellow));
        _match.Substitutions.Should().Contain(new SubstitutionEvent(new MatchTime(8), Side.Home, 862467, 304014));
        _match.Substitutions.Should().HaveCount(4);
    }

    [Fact]
    public void Reads_whole_match_team_stats_by_title_with_dash_as_zero()
    {
        _match.TeamStats.Total(Stat.Corners).Should().Be(new SidePair(4, 6));
        _match.TeamStats.Total(Stat.Fouls).Should().Be(new SidePair(7, 8));
        _match.TeamStats.Total(Stat.Offsides).Should().Be(new SidePair(2, 3));
        _match.TeamStats.Total(Stat.Possession).Should().Be(new SidePair(35, 65));
        _match.TeamStats.Total(Stat.ShotsOnTarget).Should().Be(new SidePair(1, 9));
        _match.TeamStats.Total(Stat.Saves).Should().Be(new SidePair(6, 0));
        _match.TeamStats.Total(Stat.Tackles).Should().Be(new SidePair(12, 9));
        _match.TeamStats.Total(Stat.YellowCards).Should().BeNull("the 2020 shape has no card row");
        _match.TeamStats.ByPeriod.Should().BeEmpty();
    }

    [Fact]
    public void Builds_the_lineup_with_substitutions_from_the_lineup_events()
    {
        _match.Lineup.Confirmed.Should().BeTrue();
        _match.ShouldHaveRoles(Side.Home, starters: 11, used: 3, unused: 4);
        _match.ShouldHaveRoles(Side.Away, starters: 11, used: 1, unused: 6);

        var vinagre = _match.Player(862467);
        vinagre.Role.Should().Be(PlayerRole.SubstituteUsed);
        vinagre.SubbedOn.Should().Be(new MatchTime(8));
        vinagre.Stats[Stat.MinutesPlayed].Should().Be(82);
        vinagre.Stats[Stat.Tackles].Should().Be(2);
        _match.Player(304014).SubbedOff.Should().Be(new MatchTime(8));
        _match.Player(40602).Role.Should().Be(PlayerRole.SubstituteUnused);
        _match.Player(40602).Stats[Stat.MinutesPlayed].Should().Be(0, "\"-\" means none");
    }

    [Fact]
    public void Reads_player_stats_from_the_numbered_groups()
    {
        var deBruyne = _match.Player(169200);
        deBruyne.Stats[Stat.Goals].Should().Be(1);
        deBruyne.Stats[Stat.Assists].Should().Be(1);
        deBruyne.Stats[Stat.Shots].Should().Be(4);
        deBruyne.Stats[Stat.ShotsOnTarget].Should().Be(4);
        deBruyne.Stats[Stat.Passes].Should().Be(62);
        deBruyne.Stats[Stat.Fouls].Should().Be(2);
        _match.Player(40604).Stats[Stat.Saves].Should().Be(6);
    }

    [Fact]
    public void Has_no_shot_map()
    {
        _match.HasShotMap.Should().BeFalse();
        _match.Shots.Should().BeEmpty();
    }
}
