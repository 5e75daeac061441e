using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>5104961, Fredrikstad v Sandefjord (Aug 2026): not started, a predicted lineup, null stats.</summary>
public class FredrikstadSandefjordPreMatchTests
{
    private readonly MatchDetails _match = SavedMatches.Parse(SavedMatches.FredrikstadSandefjordPreMatch);

    [Fact]
    public void Reads_a_match_that_has_not_started()
    {
        _match.Home.Should().Be(new TeamRef(8417, "Fredrikstad"));
        _match.Away.Should().Be(new TeamRef(8609, "Sandefjord"));
        _match.League.Should().Be("Eliteserien");
        _match.Kickoff.Should().Be(new DateTimeOffset(2026, 8, 1, 14, 0, 0, TimeSpan.Zero));
        _match.Status.Should().Be(MatchStatus.NotStarted, "matchFacts.events.ongoing is true, but started is false");
        _match.Clock.Should().BeNull();
        _match.Score.Should().Be(Score.Nil);
        _match.EndedPeriods.Should().BeEmpty();
        _match.PeriodStarts.Should().BeEmpty();
        _match.Goals.Should().BeEmpty();
        _match.TeamStats.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Keeps_the_predicted_lineup_unconfirmed()
    {
        _match.Lineup.Confirmed.Should().BeFalse("lineupType is lastStarting11");
        _match.Lineup.IsKnown.Should().BeFalse();
        _match.ShouldHaveRoles(Side.Home, starters: 11, used: 0, unused: 9, unavailable: 3);
        _match.ShouldHaveRoles(Side.Away, starters: 11, used: 0, unused: 9, unavailable: 1);
        _match.Player(1555515).Stats.Should().BeEmpty("content.playerStats is null");
    }

    [Fact]
    public void Has_an_empty_shot_map()
    {
        _match.HasShotMap.Should().BeTrue();
        _match.Shots.Should().BeEmpty();
    }
}
