using Proppr.Actors.Matches.Resolution;

namespace Proppr.Actors.Tests.Matches.Resolution;

public sealed class TeamNameTests
{
    [Theory]
    [InlineData("Man Utd", "Manchester United")]
    [InlineData("Man United", "Manchester United")]
    [InlineData("Wolves", "Wolverhampton Wanderers")]
    [InlineData("Bournemouth", "AFC Bournemouth")]
    [InlineData("Newcastle", "Newcastle United")]
    [InlineData("Frankfurt", "Eintracht Frankfurt")]
    [InlineData("Sporting KC", "Sporting Kansas City")]
    [InlineData("Atlético Madrid", "Atletico Madrid")]
    [InlineData("RCD Mallorca", "Mallorca")]
    [InlineData("Brighton & Hove Albion", "Brighton")]
    [InlineData("Spurs", "Tottenham Hotspur")]
    [InlineData("Odd", "Odds Ballklubb")]
    [InlineData("Seattle Sounders", "Seattle Sounders FC")]
    public void Aliases_and_club_forms_are_recognised_as_the_same_team(string alias, string name)
    {
        TeamName.From(alias).SimilarityTo(TeamName.From(name)).Should().BeGreaterThanOrEqualTo(0.75);
    }

    [Theory]
    [InlineData("Man City", "Manchester United")]
    [InlineData("Arsenal", "Manchester United")]
    [InlineData("Real Madrid", "Real Sociedad")]
    [InlineData("Liverpool", "Everton")]
    public void Different_teams_stay_apart(string one, string other)
    {
        TeamName.From(one).SimilarityTo(TeamName.From(other)).Should().BeLessThan(0.75);
    }

    [Fact]
    public void Case_accents_punctuation_and_club_noise_are_removed()
    {
        TeamName.From("  F.C. Bayern München ").Words.Should().Equal("bayern", "munich");
        TeamName.From("AFC Bournemouth").Words.Should().Equal("bournemouth");
        TeamName.From("Man Utd").ToString().Should().Be("manchester united");
    }

    [Fact]
    public void A_name_with_no_words_matches_nothing()
    {
        TeamName.From("FC").SimilarityTo(TeamName.From("FC")).Should().Be(0);
        TeamName.From("--").SimilarityTo(TeamName.From("Arsenal")).Should().Be(0);
    }
}
