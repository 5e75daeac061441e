using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Tests.Betting.Contract;

public class BetReaderTests
{
    [Fact]
    public void Reads_every_field_of_a_player_prop()
    {
        var result = BetReader.ReadLine("""
            {"bet_id":"b-1","fixture_id":"4506508","odds_fixture_id":61234,"home_team":"Liverpool","away_team":"Manchester United",
             "kickoff":"2025-01-05T16:30:00Z","scope":"player","player_id":292462,"player_name":"Mohamed Salah","odds_player_id":"op-11",
             "market":"shots_on_target","period":"first_half","selection":"over","line":"1.5","odds":"1.85","stake":10,
             "void_rule":"appearance","source":"player","client":"acc-7","placed_at":"2025-01-05T15:00:00+01:00"}
            """);

        result.IsValid.Should().BeTrue(result.Detail);
        var bet = result.Bet!;
        bet.BetId.Should().Be("b-1");
        bet.FixtureId.Should().Be(4506508);
        bet.OddsEventId.Should().Be("61234");
        bet.HomeTeam.Should().Be("Liverpool");
        bet.Kickoff.Should().Be(new DateTimeOffset(2025, 1, 5, 16, 30, 0, TimeSpan.Zero));
        bet.Scope.Should().Be(BetScope.Player);
        bet.PlayerId.Should().Be(292462);
        bet.PlayerName.Should().Be("Mohamed Salah");
        bet.OddsPlayerId.Should().Be("op-11");
        bet.Market.Should().Be(Market.ShotsOnTarget);
        bet.Period.Should().Be(BetPeriod.FirstHalf);
        bet.Selection.Should().Be(Selection.Over);
        bet.Line!.Value.Value.Should().Be(1.5m);
        bet.Odds.Should().Be(1.85m);
        bet.Stake.Should().Be(10m);
        bet.VoidRule.Should().Be(VoidRule.Appearance);
        bet.Source.Should().Be("player");
        bet.Client.Should().Be("acc-7");
        bet.PlacedAt.Should().Be(new DateTimeOffset(2025, 1, 5, 14, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Defaults_period_to_full_time_and_leaves_the_void_rule_to_configuration()
    {
        var bet = BetReader.ReadLine("""{"bet_id":"b","fixture_id":1,"scope":"match","market":"1x2","selection":"draw","odds":3.2,"stake":5}""").Bet!;

        bet.Period.Should().Be(BetPeriod.FullTime);
        bet.VoidRule.Should().BeNull();
        bet.Market.Should().Be(Market.MatchResult);
        bet.Line.Should().BeNull();
    }

    [Theory]
    [InlineData("not json", null, "invalid_json")]
    [InlineData("[1,2]", null, "invalid_json")]
    [InlineData("""{"fixture_id":1}""", null, "missing_bet_id")]
    [InlineData("""{"bet_id":"  ","fixture_id":1}""", null, "missing_bet_id")]
    [InlineData("""{"bet_id":"x","fixture_id":"abc","scope":"match","market":"goals","selection":"over","line":2.5,"odds":2,"stake":1}""", "x", "invalid_fixture_id")]
    [InlineData("""{"bet_id":"x","scope":"match","market":"goals","selection":"over","line":2.5,"odds":2,"stake":1}""", "x", "missing_fixture")]
    [InlineData("""{"bet_id":"x","fixture_id":1,"scope":"crowd","market":"goals","selection":"over","line":2.5,"odds":2,"stake":1}""", "x", "invalid_scope")]
    [InlineData("""{"bet_id":"x","fixture_id":1,"scope":"match","market":"throw_ins","selection":"over","line":2.5,"odds":2,"stake":1}""", "x", "unknown_market")]
    [InlineData("""{"bet_id":"x","fixture_id":1,"scope":"match","market":"goals","period":"extra_time","selection":"over","line":2.5,"odds":2,"stake":1}""", "x", "invalid_period")]
    [InlineData("""{"bet_id":"x","fixture_id":1,"scope":"match","market":"goals","selection":"maybe","line":2.5,"odds":2,"stake":1}""", "x", "invalid_selection")]
    [InlineData("""{"bet_id":"x","fixture_id":1,"scope":"match","market":"goals","selection":"over","line":2.3,"odds":2,"stake":1}""", "x", "invalid_line")]
    [InlineData("""{"bet_id":"x","fixture_id":1,"scope":"match","market":"goals","selection":"over","line":2.5,"odds":"evens","stake":1}""", "x", "invalid_odds")]
    [InlineData("""{"bet_id":"x","fixture_id":1,"scope":"match","market":"goals","selection":"over","line":2.5,"odds":2}""", "x", "invalid_stake")]
    [InlineData("""{"bet_id":"x","fixture_id":1,"scope":"player","player_id":"p9","market":"goals","selection":"over","line":0.5,"odds":2,"stake":1}""", "x", "invalid_player_id")]
    [InlineData("""{"bet_id":"x","fixture_id":1,"scope":"match","market":"goals","selection":"over","line":2.5,"odds":2,"stake":1,"placed_at":"yesterday"}""", "x", "invalid_timestamp")]
    [InlineData("""{"bet_id":"x","fixture_id":1,"scope":"player","player_id":5,"market":"goals","selection":"over","line":0.5,"odds":2,"stake":1,"void_rule":"never"}""", "x", "invalid_void_rule")]
    public void Reports_the_first_problem_with_the_bet_id_when_it_could_be_read(string line, string? betId, string reason)
    {
        var result = BetReader.ReadLine(line);

        result.IsValid.Should().BeFalse();
        result.Reason.Should().Be(reason);
        result.BetId.Should().Be(betId);
        result.Detail.Should().NotBeNullOrWhiteSpace();
        result.ToRejection().Status.Should().Be(SettlementStatus.Rejected);
    }

    [Fact]
    public void Accepts_an_odds_fixture_id_alone_for_later_resolution()
    {
        var result = BetReader.ReadLine("""
            {"bet_id":"r","odds_fixture_id":"63017989","home_team":"Man Utd","away_team":"Arsenal","kickoff":"2023-09-03T15:30:00Z",
             "scope":"home","market":"corners","selection":"under","line":5.25,"odds":1.9,"stake":2}
            """);

        result.IsValid.Should().BeTrue(result.Detail);
        result.Bet!.FixtureId.Should().BeNull();
        result.Bet.OddsEventId.Should().Be("63017989");
        result.Bet.Line!.Value.IsQuarter.Should().BeTrue();
    }

    [Fact]
    public void Every_market_name_of_the_contract_is_known()
    {
        string[] contractMarkets =
        [
            "goals", "corners", "yellow_cards", "red_cards", "shots", "shots_on_target", "fouls", "offsides",
            "assists", "tackles", "interceptions", "passes", "anytime_goalscorer", "first_goalscorer", "1x2",
            "asian_handicap", "btts",
        ];

        contractMarkets.Where(name => !WireNames.Markets.TryParse(name, out _)).Should().BeEmpty();
        WireNames.Markets.Names.Should().BeEquivalentTo(contractMarkets);
    }

    [Fact]
    public void A_prior_settlement_keeps_its_status_stat_reason_and_time_and_takes_its_money_from_stake_and_odds()
    {
        var read = BetReader.ReadLine("""
            {"bet_id":"v1-1","fixture_id":4506508,"scope":"match","market":"goals","selection":"over","line":2.25,"odds":2.0,"stake":10,
             "prior_settlement":{"status":"half_won","settled_at":"2025-01-05T19:00:00Z","actual_value":3,"reason":"quarter_line"}}
            """);

        read.IsValid.Should().BeTrue(read.Detail);
        read.Bet!.PriorSettlement.Should().Be(new Settlement
        {
            BetId = "v1-1", Status = SettlementStatus.HalfWon, ActualValue = 3m, Returns = 15m, ProfitLoss = 5m, Reason = "quarter_line",
            SettledAt = DateTimeOffset.Parse("2025-01-05T19:00:00Z"),
        });
    }

    [Theory]
    [InlineData("""{"status":"pending","settled_at":"2025-01-05T19:00:00Z"}""", "status is won, lost, refund, half_won or half_lost")]
    [InlineData("""{"status":"won"}""", "settled_at is required")]
    [InlineData("""{"status":"draw","settled_at":"2025-01-05T19:00:00Z"}""", "status 'draw' is not one of")]
    [InlineData("""{"status":"won","settled_at":"2025-01-05T19:00:00Z","actual_value":1e9}""", "actual_value 1e9 is not a number up to")]
    [InlineData("\"won\"", "prior_settlement is an object")]
    public void A_prior_settlement_that_cannot_stand_rejects_the_bet_and_says_why(string prior, string detail)
    {
        var read = BetReader.ReadLine(
            $$"""{"bet_id":"v1-2","fixture_id":4506508,"scope":"match","market":"goals","selection":"over","line":2.5,"odds":2.0,"stake":10,"prior_settlement":{{prior}}}""");

        read.IsValid.Should().BeFalse();
        read.Reason.Should().Be("invalid_prior_settlement");
        read.Detail.Should().Contain(detail);
    }
}
