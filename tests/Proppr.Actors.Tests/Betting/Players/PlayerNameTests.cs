using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Betting.Players;

public class PlayerNameTests
{
    [Theory]
    [InlineData("Martin Ødegaard", "martin odegaard")]
    [InlineData("Vinícius Júnior", "vinicius junior")]
    [InlineData("N'Golo Kanté", "ngolo kante")]
    [InlineData("  Heung-Min   SON ", "heung min son")]
    [InlineData("M. Salah", "m salah")]
    [InlineData("Łukasz Fabiański", "lukasz fabianski")]
    public void Names_are_folded_to_plain_lower_case_words(string name, string expected) =>
        PlayerName.Normalise(name).Should().Be(expected);

    [Theory]
    [InlineData("M. Salah", "Mohamed Salah", true)]
    [InlineData("Salah", "Mohamed Salah", true)]
    [InlineData("Mohamed Salah", "M. Salah", true)]
    [InlineData("Alisson", "Alisson Becker", true)]
    [InlineData("M. Salah", "Mohamed Elneny", false)]
    [InlineData("M. S.", "Mohamed Salah", false)]
    [InlineData("Diogo Jota", "Diogo Dalot", false)]
    // Word order matters: a reordered name is not taken as the same player.
    [InlineData("Son Heung-Min", "Heung-Min Son", false)]
    public void A_shortened_name_resembles_the_full_one(string a, string b, bool expected) =>
        PlayerName.Resembles(a, b).Should().Be(expected);
}
