using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting;

public class BetValidatorTests
{
    private static readonly Bet Valid = Team(Market.Goals, Selection.Over, 2.5m);

    [Fact]
    public void A_sensible_bet_is_valid()
    {
        BetValidator.Validate(Valid).Should().BeNull();
        BetValidator.Validate(Team(Market.AsianHandicap, Selection.Away, -1.75m)).Should().BeNull();
        BetValidator.Validate(Team(Market.MatchResult, Selection.Draw)).Should().BeNull();
        BetValidator.Validate(Player(Market.Tackles, Selection.Under, 0m)).Should().BeNull();
        BetValidator.Validate(Player(Market.FirstGoalscorer, Selection.Yes, playerId: null) with { PlayerName = "M. Salah" }).Should().BeNull();
    }

    [Theory]
    [InlineData(1.0, 10, "invalid_odds")]
    [InlineData(0.5, 10, "invalid_odds")]
    [InlineData(1.01, 0, "invalid_stake")]
    [InlineData(1.01, -5, "invalid_stake")]
    public void Odds_must_be_above_one_and_the_stake_positive(double odds, double stake, string reason) =>
        BetValidator.Validate(Valid with { Odds = (decimal)odds, Stake = (decimal)stake }).Should().Be(reason);

    [Fact]
    public void Stakes_and_odds_beyond_the_limits_are_invalid_so_no_sum_of_bets_can_overflow()
    {
        BetValidator.Validate(Valid with { Odds = BetLimits.MaxOdds, Stake = BetLimits.MaxStake }).Should().BeNull();
        BetValidator.Validate(Valid with { Odds = 7.9m, Stake = 1e28m }).Should().Be("invalid_stake");
        BetValidator.Validate(Valid with { Stake = BetLimits.MaxStake + 0.01m }).Should().Be("invalid_stake");
        BetValidator.Validate(Valid with { Odds = BetLimits.MaxOdds + 0.01m }).Should().Be("invalid_odds");
        BetValidator.Validate(Valid with { Odds = decimal.MaxValue, Stake = decimal.MaxValue }).Should().Be("invalid_odds");
    }

    [Fact]
    public void A_market_takes_only_its_scopes()
    {
        BetValidator.Validate(Team(Market.Tackles, Selection.Over, 10.5m, BetScope.Home)).Should().Be("invalid_scope");
        BetValidator.Validate(Team(Market.MatchResult, Selection.Home, scope: BetScope.Home)).Should().Be("invalid_scope");
        BetValidator.Validate(Player(Market.AsianHandicap, Selection.Home, -0.5m)).Should().Be("invalid_scope");
        BetValidator.Validate(Team(Market.AnytimeGoalscorer, Selection.Yes)).Should().Be("invalid_scope");
    }

    [Fact]
    public void A_market_takes_only_its_selections()
    {
        BetValidator.Validate(Team(Market.MatchResult, Selection.Over)).Should().Be("invalid_selection");
        BetValidator.Validate(Team(Market.AsianHandicap, Selection.Draw, 0m)).Should().Be("invalid_selection");
        BetValidator.Validate(Team(Market.BothTeamsToScore, Selection.Home)).Should().Be("invalid_selection");
        BetValidator.Validate(Team(Market.Corners, Selection.Yes, 9.5m)).Should().Be("invalid_selection");
        BetValidator.Validate(Player(Market.AnytimeGoalscorer, Selection.No)).Should().Be("invalid_selection");
    }

    [Fact]
    public void A_line_is_required_where_the_market_takes_one_and_refused_elsewhere()
    {
        BetValidator.Validate(Team(Market.Goals, Selection.Over)).Should().Be("missing_line");
        BetValidator.Validate(Team(Market.AsianHandicap, Selection.Home)).Should().Be("missing_line");
        BetValidator.Validate(Team(Market.MatchResult, Selection.Home, 0.5m)).Should().Be("invalid_line");
        BetValidator.Validate(Team(Market.BothTeamsToScore, Selection.Yes, 0m)).Should().Be("invalid_line");
        BetValidator.Validate(Team(Market.Goals, Selection.Over, -0.5m)).Should().Be("invalid_line");
    }

    [Fact]
    public void A_player_prop_names_a_player() =>
        BetValidator.Validate(Player(Market.Shots, Selection.Over, 1.5m, playerId: null) with { PlayerName = " " })
            .Should().Be("missing_player");

    [Fact]
    public void Against_a_match_the_fixture_must_match()
    {
        var match = new MatchBuilder().Build();

        BetValidator.Validate(Valid with { FixtureId = 1 }, match).Should().Be("fixture_mismatch");
        BetValidator.Validate(Valid with { FixtureId = null, OddsEventId = "61234" }, match).Should().BeNull();
        BetValidator.Validate(Valid with { Odds = 1m, FixtureId = 1 }, match).Should().Be("invalid_odds");
    }

    [Fact]
    public void Against_a_confirmed_lineup_the_player_must_be_in_it()
    {
        var lineup = new MatchBuilder().Starter(Salah, "Mohamed Salah");
        var unknown = Player(Market.Shots, Selection.Over, 1.5m, playerId: 5) with { PlayerName = "Cody Gakpo" };

        BetValidator.Validate(unknown, lineup.Build()).Should().Be("not_in_squad");
        BetValidator.Validate(unknown, lineup.PredictedLineup().Build()).Should().BeNull();
        BetValidator.Validate(unknown, new MatchBuilder().Build()).Should().BeNull();
        BetValidator.Validate(Player(Market.Shots, Selection.Over, 1.5m, playerId: null) with { PlayerName = "Salah" }, lineup.Build())
            .Should().BeNull();
    }

    [Fact]
    public void The_settler_rejects_an_invalid_bet_and_a_bet_on_another_fixture()
    {
        var match = new MatchBuilder().FullTime().Build();

        (Valid with { Odds = 1m }).Settle(match).Should().BeEquivalentTo(Settlement.Rejected("b-1", "invalid_odds"));
        (Valid with { FixtureId = 1 }).Settle(match).Should().BeEquivalentTo(Settlement.Rejected("b-1", "fixture_mismatch"));
        (Valid with { Odds = 1m }).Settle(match).Returns.Should().Be(0m);
    }
}
