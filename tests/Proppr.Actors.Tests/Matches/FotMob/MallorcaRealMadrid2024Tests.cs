using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>4506747, Mallorca 1-1 Real Madrid (Aug 2024): the 2024/25 shape, a straight red and a booked coach.</summary>
public class MallorcaRealMadrid2024Tests
{
    private readonly MatchDetails _match = SavedMatches.Parse(SavedMatches.MallorcaRealMadrid2024);

    [Fact]
    public void Reads_the_match_the_half_time_score_and_the_period_starts_in_utc()
    {
        _match.Home.Should().Be(new TeamRef(8661, "Mallorca"));
        _match.Away.Should().Be(new TeamRef(8633, "Real Madrid"));
        _match.League.Should().Be("LaLiga");
        _match.Score.Should().Be(new Score(1, 1));
        _match.GoalsIn(MatchPeriod.FirstHalf).Should().Be(new Score(0, 1), "the HT event says 0-1");
        _match.RegulationScore.Should().Be(new Score(1, 1));
        // halfs are Europe/Oslo time (CEST in August): "18.08.2024 21:32:08" and "22:37:25".
        _match.PeriodStarts.Should().BeEquivalentTo(new Dictionary<MatchPeriod, DateTimeOffset>
        {
            [MatchPeriod.FirstHalf] = new(2024, 8, 18, 19, 32, 8, TimeSpan.Zero),
            [MatchPeriod.SecondHalf] = new(2024, 8, 18, 20, 37, 25, TimeSpan.Zero),
        });
    }

    [Fact]
    public void Marks_the_coach_card_as_not_counting_and_reads_the_straight_red()
    {
        _match.Cards.Should().Equal(
            new CardEvent(new MatchTime(45, 3), Side.Home, 477367, CardKind.Yellow, CardRecipient.Coach, false),
            new CardEvent(new MatchTime(45, 3), Side.Home, 673356, CardKind.Yellow, CardRecipient.PlayerOnPitch, false),
            new CardEvent(new MatchTime(90, 7), Side.Away, 623537, CardKind.Red, CardRecipient.PlayerOnPitch, false));
        _match.TeamStats.Total(Stat.YellowCards).Should().Be(new SidePair(1, 0), "FotMob leaves the coach's card out");
        _match.TeamStats.Total(Stat.RedCards).Should().Be(new SidePair(0, 1));
        _match.Lineup.Find(477367).Should().BeNull("the coach is not a squad player");
    }

    [Fact]
    public void Reads_the_sent_off_player_and_the_scorer()
    {
        var mendy = _match.Player(623537);
        mendy.Role.Should().Be(PlayerRole.Starter);
        mendy.Marks.Should().Be(new CardMarks(Yellow: false, Red: true));
        mendy.Stats[Stat.MinutesPlayed].Should().Be(89);
        mendy.SubbedOff.Should().BeNull();

        var rodrygo = _match.Player(895362);
        rodrygo.Stats[Stat.Goals].Should().Be(1);
        rodrygo.Stats[Stat.ShotsOnTarget].Should().Be(2, "the fraction's value is the shots on target");
        rodrygo.Stats[Stat.Shots].Should().Be(3);
        rodrygo.Stats[Stat.Corners].Should().Be(4);
        rodrygo.Stats[Stat.ExpectedGoals].Should().Be(0.16m);
        _match.Goals[0].Should().Be(new GoalEvent(new MatchTime(13), Side.Away, 895362, "Rodrygo", false, false, 846033));
    }

    [Fact]
    public void Reads_lineup_roles_and_team_stats_per_half()
    {
        _match.ShouldHaveRoles(Side.Home, starters: 11, used: 4, unused: 8, unavailable: 1);
        _match.ShouldHaveRoles(Side.Away, starters: 11, used: 4, unused: 7, unavailable: 2);
        _match.Player(896402).SubbedOn.Should().Be(new MatchTime(90, 3), "the event has the added time the lineup lacks");
        _match.TeamStats.Total(Stat.Corners).Should().Be(new SidePair(8, 7));
        _match.TeamStats.In(MatchPeriod.FirstHalf, Stat.Corners).Should().Be(new SidePair(6, 3));
        _match.TeamStats.In(MatchPeriod.SecondHalf, Stat.Corners).Should().Be(new SidePair(2, 4));
        _match.TeamStats.Total(Stat.Possession).Should().Be(new SidePair(34, 66));
    }
}
