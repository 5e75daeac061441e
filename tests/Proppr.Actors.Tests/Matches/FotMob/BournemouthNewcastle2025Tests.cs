using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>4813415, Bournemouth 0-0 Newcastle (Sep 2025): the 2025/26 shape, cards and half-time substitutions.</summary>
public class BournemouthNewcastle2025Tests
{
    private readonly MatchDetails _match = SavedMatches.Parse(SavedMatches.BournemouthNewcastle2025);

    [Fact]
    public void Reads_the_match_and_its_periods()
    {
        _match.Home.Should().Be(new TeamRef(8678, "AFC Bournemouth"));
        _match.Away.Should().Be(new TeamRef(10261, "Newcastle United"));
        _match.Kickoff.Should().Be(new DateTimeOffset(2025, 9, 21, 13, 0, 0, TimeSpan.Zero));
        _match.Status.Should().Be(MatchStatus.Finished);
        _match.Score.Should().Be(Score.Nil);
        _match.EndedPeriods.Should().BeEquivalentTo([MatchPeriod.FirstHalf, MatchPeriod.SecondHalf]);
        _match.WentToExtraTime.Should().BeFalse();
        _match.PeriodStarts[MatchPeriod.FirstHalf].Should().Be(new DateTimeOffset(2025, 9, 21, 13, 0, 11, TimeSpan.Zero));
    }

    [Fact]
    public void Reads_cards_and_the_half_time_swap_of_a_booked_player()
    {
        _match.Cards.Select(card => (card.Time, card.Side, card.PlayerId)).Should().Equal(
            (new MatchTime(45, 3), Side.Home, 1526689L),
            (new MatchTime(74), Side.Home, 979752L),
            (new MatchTime(77), Side.Away, 1137407L));
        _match.Substitutions[0].Should().Be(new SubstitutionEvent(new MatchTime(46), Side.Home, 959407, 1526689));

        var jimenez = _match.Player(1526689);
        jimenez.Role.Should().Be(PlayerRole.Starter);
        jimenez.SubbedOff.Should().Be(new MatchTime(46));
        jimenez.Stats[Stat.MinutesPlayed].Should().Be(45);
        jimenez.Marks.Should().Be(new CardMarks(Yellow: true, Red: false));
        jimenez.Stats[Stat.Fouls].Should().Be(3);
        var hill = _match.Player(959407);
        hill.Role.Should().Be(PlayerRole.SubstituteUsed);
        hill.Stats[Stat.MinutesPlayed].Should().Be(45);
    }

    [Fact]
    public void Reads_team_stats_per_half()
    {
        _match.TeamStats.Total(Stat.Corners).Should().Be(new SidePair(5, 2));
        _match.TeamStats.In(MatchPeriod.FirstHalf, Stat.Corners).Should().Be(new SidePair(2, 1));
        _match.TeamStats.In(MatchPeriod.SecondHalf, Stat.Corners).Should().Be(new SidePair(3, 1));
        _match.TeamStats.Total(Stat.YellowCards).Should().Be(new SidePair(2, 1));
        _match.TeamStats.In(MatchPeriod.FirstHalf, Stat.YellowCards).Should().Be(new SidePair(1, 0));
        _match.TeamStats.Total(Stat.ShotsOnTarget).Should().Be(new SidePair(2, 1));
        _match.TeamStats.Total(Stat.Possession).Should().Be(new SidePair(56, 44));
        _match.ShouldHaveRoles(Side.Away, starters: 11, used: 4, unused: 5);
        _match.Shots.Should().HaveCount(15);
    }
}
