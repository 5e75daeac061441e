using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Replay.Bets;
using Proppr.Replay.Generation;
using Proppr.Replay.Odds;

namespace Proppr.Replay.Tests.Bets;

public class BetGeneratorTests
{
    private static readonly MatchDay Day = MatchDayGenerator.Generate(new MatchDayOptions { Seed = 9, Fixtures = 12 });
    private static readonly IReadOnlyList<Bet> Bets = BetGenerator.Generate(Day, new BetGeneratorOptions { Seed = 4, Count = 2000 });

    [Fact]
    public void The_same_seed_gives_the_same_bets_and_another_seed_others()
    {
        var again = BetGenerator.Generate(Day, new BetGeneratorOptions { Seed = 4, Count = 2000 });
        var other = BetGenerator.Generate(Day, new BetGeneratorOptions { Seed = 5, Count = 2000 });

        Lines(again).Should().Equal(Lines(Bets));
        Lines(other).Should().NotEqual(Lines(Bets));
    }

    [Fact]
    public void Every_line_reads_back_as_the_same_valid_bet()
    {
        foreach (var bet in Bets)
        {
            var read = BetReader.ReadLine(BetWriter.ToJsonLine(bet));
            read.Bet.Should().BeEquivalentTo(bet, $"{bet.BetId} round-trips");
            bet.Odds.Should().BeGreaterThan(1m);
            bet.Stake.Should().BeGreaterThan(0m);
        }
        Bets.Select(b => b.BetId).Should().OnlyHaveUniqueItems();
        Bets.Select(b => b.PlacedAt).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Bets_cover_the_markets_and_the_cases_the_demo_must_show()
    {
        Bets.Select(b => b.Market).Distinct().Should().Contain(
        [
            Market.Goals, Market.Corners, Market.YellowCards, Market.MatchResult, Market.AsianHandicap, Market.BothTeamsToScore,
            Market.Shots, Market.ShotsOnTarget, Market.AnytimeGoalscorer, Market.Fouls,
        ]);
        Bets.Should().Contain(b => b.Line != null && b.Line.Value.IsQuarter && b.Market == Market.AsianHandicap);
        Bets.Should().Contain(b => b.Line != null && b.Line.Value.IsQuarter && b.Market == Market.Goals);
        Bets.Should().Contain(b => b.Period == BetPeriod.FirstHalf);
        Bets.Select(b => b.Source).Distinct().Should().HaveCountGreaterThan(2);
        Bets.Select(b => b.Client).Distinct().Should().HaveCountGreaterThan(10);
        Bets.Should().Contain(b => b.Stake >= 1000m);
        Bets.Should().Contain(b => b.PlacedAt > b.Kickoff, "some bets are struck in play");
        Bets.Where(b => Match(b).Postponed).Should().NotBeEmpty("bets on the postponed match get voided");
    }

    [Fact]
    public void Some_bets_carry_only_the_odds_event_and_the_providers_team_names()
    {
        var oddsOnly = Bets.Where(b => b.FixtureId is null).ToList();
        oddsOnly.Count.Should().BeInRange(200, 400);
        foreach (var bet in oddsOnly)
        {
            var match = Day.FindByOddsEvent(long.Parse(bet.OddsEventId!))!;
            bet.HomeTeam.Should().Be(OddsTeamNames.Of(match.Home.Name));
            bet.AwayTeam.Should().Be(OddsTeamNames.Of(match.Away.Name));
            bet.Kickoff.Should().Be(match.Kickoff);
        }
    }

    [Fact]
    public void Player_props_include_substitutes_who_never_play_and_absentees()
    {
        var props = Bets.Where(b => b.Scope == BetScope.Player).ToList();
        var roles = props.Select(b => Player(b)).ToList();

        roles.Should().Contain(p => p.Role == SquadRole.Unavailable);
        props.Where(b => Player(b).Role == SquadRole.Substitute && !Played(b)).Should().NotBeEmpty("unused substitutes void appearance props");
        props.Where(b => Player(b).Role == SquadRole.Substitute && Played(b)).Should().NotBeEmpty();
        props.Should().Contain(b => b.PlayerId == null && b.PlayerName != null);
    }

    private static SyntheticMatch Match(Bet bet) =>
        bet.FixtureId is { } id ? Day.Find(id)! : Day.FindByOddsEvent(long.Parse(bet.OddsEventId!))!;

    private static SquadPlayer Player(Bet bet) =>
        Match(bet).Home.Squad.Concat(Match(bet).Away.Squad).Single(p => p.Name == bet.PlayerName);

    private static bool Played(Bet bet) => Match(bet).Roster(corrected: false).Spell(Player(bet).Id) != null;

    private static List<string> Lines(IEnumerable<Bet> bets) => bets.Select(BetWriter.ToJsonLine).ToList();
}
