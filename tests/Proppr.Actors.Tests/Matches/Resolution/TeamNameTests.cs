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
    [InlineData("Bodo/Glimt", "Bodø/Glimt")]
    [InlineData("FC Koln", "1. FC Köln")]
    [InlineData("Queretaro", "Querétaro")]
    [InlineData("Lech Poznan II", "Lech Poznan ll")]
    [InlineData("Durham Women", "Durham Women FC (W)")]
    [InlineData("Columbus Crew II", "Columbus Crew 2")]
    public void Aliases_and_club_forms_are_recognised_as_the_same_team(string alias, string name)
    {
        TeamName.From(alias).SimilarityTo(TeamName.From(name)).Should().BeGreaterThanOrEqualTo(0.75);
    }

    [Theory]
    [InlineData("Man City", "Manchester United")]
    [InlineData("Arsenal", "Manchester United")]
    [InlineData("Real Madrid", "Real Sociedad")]
    [InlineData("Liverpool", "Everton")]
    [InlineData("Manchester United", "Manchester United Academy")]
    [InlineData("Birmingham City", "Birmingham City Women (W)")]
    [InlineData("Benfica", "Benfica B")]
    [InlineData("Real Sociedad B", "Real Sociedad C")]
    [InlineData("Atalanta", "Atalanta U23")]
    [InlineData("Inter", "Inter Miami CF II")]
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
    public void Womens_youth_and_reserve_sides_are_told_by_their_markers()
    {
        TeamName.From("Southampton FC Women (W)").Should().Match<TeamName>(n => n.Squad == "women" && n.ToString() == "southampton");
        TeamName.From("Eintracht Frankfurt II").Should().Match<TeamName>(n => n.Squad == "reserves" && n.ToString() == "eintracht frankfurt");
        TeamName.From("Atalanta U23").Squad.Should().Be("u23");
        TeamName.From("Liverpool Academy").Squad.Should().Be("academy");
        TeamName.From("Real Sociedad C").Squad.Should().Be("third");
        TeamName.From("Argentinos Juniors").Should().Match<TeamName>(n => n.Squad == "" && n.ToString() == "argentinos juniors");
        TeamName.From("B").ToString().Should().Be("b", "a lone letter is a name, not a marker");
    }

    [Fact]
    public void A_name_with_no_words_matches_nothing()
    {
        TeamName.From("FC").SimilarityTo(TeamName.From("FC")).Should().Be(0);
        TeamName.From("--").SimilarityTo(TeamName.From("Arsenal")).Should().Be(0);
    }
}
