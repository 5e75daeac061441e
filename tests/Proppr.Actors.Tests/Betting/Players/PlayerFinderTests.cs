using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.Players;

public class PlayerFinderTests
{
    private static readonly Lineup Squad = new MatchBuilder()
        .Starter(Salah, "Mohamed Salah")
        .Starter(1, "Salah")
        .Player(422685, "Bruno Fernandes", Side.Away, PlayerRole.Starter, null, null)
        .Player(1212, "Mateus Fernandes", Side.Away, PlayerRole.SubstituteUnused, null, null)
        .Build().Lineup;

    private static long? Find(long? id, string? name) =>
        PlayerFinder.Find(Squad, Player(Market.Shots, Selection.Over, 0.5m, playerId: id) with { PlayerName = name })?.Id;

    [Fact]
    public void The_id_decides_when_it_is_in_the_lineup() => Find(Salah, "Bruno Fernandes").Should().Be(Salah);

    [Fact]
    public void An_unknown_id_falls_back_to_the_name() => Find(999, "bruno fernandes").Should().Be(422685);

    [Fact]
    public void An_exact_name_beats_a_shortened_one() => Find(null, "Salah").Should().Be(1);

    [Fact]
    public void A_shortened_name_finds_the_one_player_it_fits() => Find(null, "B. Fernandes").Should().Be(422685);

    [Fact]
    public void A_name_that_fits_two_players_finds_nobody() => Find(null, "Fernandes").Should().BeNull();

    [Fact]
    public void No_id_and_no_name_finds_nobody() => Find(null, null).Should().BeNull();
}
