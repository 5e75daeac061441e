using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Cli.V1;

namespace Proppr.Cli.Tests.V1;

/// <summary>
/// Old tracked-bet documents, written as <c>mongoexport</c> writes them, translate into bets Proppr's own contract
/// reader accepts; every field variant the old services used maps, and what cannot map says why.
/// </summary>
public sealed class V1TranslatorTests
{
    private const string Canonical = """
        {"_id":{"$oid":"65a1f0c2e4b0a1b2c3d4e5f6"},"fixture_id":{"$numberLong":"4813414"},"player_id":{"$numberInt":"737066"},"player_name":"Erling Haaland","stat_type":"shots_on_target","market_direction":"Over","threshold":{"$numberDouble":"1.5"},"odds":{"$numberDecimal":"2.10"},"actual_stake":{"$numberDouble":"10.0"},"units_staked":{"$numberDecimal":"2"},"is_player_alert":true,"home_team":"Man City","away_team":"Arsenal","fixture_datetime":{"$date":{"$numberLong":"1736094600000"}},"created_at":{"$date":"2025-01-05T12:00:00Z"},"result_tracking":{"result_status":"won","actual_value":{"$numberInt":"3"},"returns":{"$numberDouble":"4.2"},"profit_loss":{"$numberDouble":"2.2"},"graded_at":{"$date":"2025-01-05T17:10:00Z"}}}
        """;

    private const string Relaxed = """
        {"_id":{"$oid":"65a1f0c2e4b0a1b2c3d4e5f6"},"fixture_id":4813414,"player_id":737066,"player_name":"Erling Haaland","stat_type":"Shots On Target","market_direction":"over","threshold":1.5,"odds":2.1,"actual_stake":10.0,"units_staked":2,"is_player_alert":true,"home_team":"Man City","away_team":"Arsenal","fixture_datetime":{"$date":"2025-01-05T16:30:00Z"},"created_at":{"$date":"2025-01-05T12:00:00.000Z"},"status":"won","result_tracking":{"result_status":"won","actual_value":3,"returns":4.2,"profit_loss":2.2,"graded_at":{"$date":"2025-01-05T17:10:00Z"}}}
        """;

    [Fact]
    public void Canonical_and_relaxed_extended_json_give_the_same_bet_and_verdict()
    {
        var canonical = V1BetTranslator.Translate(1, Canonical);
        var relaxed = V1BetTranslator.Translate(2, Relaxed);

        canonical.Problem.Should().BeNull();
        canonical.Bet!.ToJsonString().Should().Be(relaxed.Bet!.ToJsonString());
        canonical.Verdict.Should().Be(relaxed.Verdict);
        canonical.BetId.Should().Be("v1-65a1f0c2e4b0a1b2c3d4e5f6");
        var bet = Read(canonical);
        bet.FixtureId.Should().Be(4813414);
        bet.Scope.Should().Be(BetScope.Player);
        bet.PlayerId.Should().Be(737066);
        bet.Market.Should().Be(Market.ShotsOnTarget);
        bet.Selection.Should().Be(Selection.Over);
        bet.Line!.Value.Value.Should().Be(1.5m);
        bet.Odds.Should().Be(2.10m);
        bet.Stake.Should().Be(2m, "the old P&L staked units_staked, falling back to actual_stake");
        bet.Source.Should().Be("player");
        bet.Kickoff.Should().Be(DateTimeOffset.Parse("2025-01-05T16:30:00Z"));
        canonical.Verdict.Should().Be(new V1Verdict("won", 3m, null, DateTimeOffset.Parse("2025-01-05T17:10:00Z")));
        bet.PriorSettlement.Should().Match<Settlement>(prior => prior.Status == SettlementStatus.Won && prior.Returns == 4.2m &&
            prior.ProfitLoss == 2.2m && prior.ActualValue == 3m && prior.SettledAt == DateTimeOffset.Parse("2025-01-05T17:10:00Z"));
    }

    [Theory]
    [InlineData("\"type_id\":84", "yellow_cards")]
    [InlineData("\"type_id\":{\"$numberLong\":\"34\"}", "corners")]
    [InlineData("\"stat_type\":\"fouls\"", "fouls")]
    [InlineData("\"stat_type\":\"unknown thing\",\"type_id\":42", "shots")]
    public void The_stat_comes_from_stat_type_or_the_old_numeric_type_id(string field, string market)
    {
        var translation = V1BetTranslator.Translate(1, Document(field, stat: null));

        translation.Bet!["market"]!.GetValue<string>().Should().Be(market);
        Read(translation).Should().NotBeNull();
    }

    [Theory]
    [InlineData("\"team\":\"Liverpool\"", "home")]
    [InlineData("\"team\":\"man utd\"", "away")]
    [InlineData("\"team_name\":\"Away\"", "away")]
    [InlineData("", "match")]
    public void A_team_bet_names_its_team_and_becomes_that_side(string field, string scope)
    {
        var translation = V1BetTranslator.Translate(1, Document(field));

        translation.Bet!["scope"]!.GetValue<string>().Should().Be(scope);
    }

    [Fact]
    public void A_handicap_bet_backs_home_or_away_with_the_threshold_as_its_line()
    {
        var translation = V1BetTranslator.Translate(1, Document("\"direction\":\"away\",\"threshold\":-0.75", direction: null, threshold: null));

        var bet = Read(translation);
        bet.Market.Should().Be(Market.AsianHandicap);
        bet.Selection.Should().Be(Selection.Away);
        bet.Line!.Value.Value.Should().Be(-0.75m);
    }

    [Theory]
    [InlineData("\"status\":\"half_win\"", "half_won")]
    [InlineData("\"status\":\"half_loss\"", "half_lost")]
    [InlineData("\"status\":\"refund\",\"result_tracking\":{\"result_status\":\"refund\",\"refund_reason\":\"not_in_lineup\"}", "refund")]
    [InlineData("\"result_tracking\":{\"result_status\":\"lost\"}", "lost")]
    public void The_old_verdict_keeps_its_meaning_in_proppr_words(string field, string status)
    {
        var translation = V1BetTranslator.Translate(1, Document(field + ",\"created_at\":{\"$date\":\"2025-01-05T12:00:00Z\"}"));

        translation.Verdict!.Status.Should().Be(status);
        Read(translation).PriorSettlement!.SettledAt.Should().Be(DateTimeOffset.Parse("2025-01-05T12:00:00Z"), "without graded_at or a kickoff, the placement time stands for it");
    }

    [Fact]
    public void The_old_lineup_refund_reasons_become_proppr_codes()
    {
        var translation = V1BetTranslator.Translate(1, Document(
            "\"is_player_alert\":true,\"player_id\":292462,\"result_tracking\":{\"result_status\":\"refund\",\"refund_reason\":\"bench\",\"graded_at\":{\"$date\":\"2025-01-05T19:00:00Z\"}}"));

        Read(translation).PriorSettlement!.Reason.Should().Be("did_not_start");
    }

    [Theory]
    [InlineData("\"status\":\"untrackable\"")]
    [InlineData("\"result_tracking\":{\"result_status\":\"pending\"}")]
    [InlineData("")]
    public void Pending_and_untrackable_bets_are_open(string field)
    {
        var translation = V1BetTranslator.Translate(1, Document(field));

        translation.Mapped.Should().BeTrue();
        translation.Settled.Should().BeFalse();
    }

    [Fact]
    public void A_bet_known_only_by_its_odds_event_keeps_that_id_for_resolution()
    {
        var translation = V1BetTranslator.Translate(1, Document("\"original_id\":\"ev-991\"", fixture: null));

        translation.Bet!["odds_fixture_id"]!.GetValue<string>().Should().Be("ev-991");
        translation.Bet.ContainsKey("fixture_id").Should().BeFalse();
    }

    [Theory]
    [InlineData("{\"_id\":", "not a JSON document")]
    [InlineData("{\"fixture_id\":1}", "no _id or bet_id")]
    [InlineData("{\"_id\":\"a\",\"market_direction\":\"over\",\"stat_type\":\"goals\"}", "no fixture_id, odds_fixture_id or original_id")]
    [InlineData("{\"_id\":\"a\",\"fixture_id\":1,\"market_direction\":\"sideways\"}", "unknown market_direction 'sideways'")]
    [InlineData("{\"_id\":\"a\",\"fixture_id\":1,\"market_direction\":\"over\",\"stat_type\":\"possession\"}", "unknown stat_type 'possession' / type_id ''")]
    [InlineData("{\"_id\":\"a\",\"fixture_id\":1,\"market_direction\":\"over\",\"stat_type\":\"goals\",\"team\":\"Everton\",\"home_team\":\"Liverpool\",\"away_team\":\"Man Utd\"}", "team 'Everton' is neither the home team 'Liverpool' nor the away team 'Man Utd'")]
    [InlineData("{\"_id\":\"a\",\"fixture_id\":1,\"market_direction\":\"over\",\"stat_type\":\"goals\",\"is_player_alert\":true}", "a player bet without player_id, player_name or odds_player_id")]
    [InlineData("{\"_id\":\"a\",\"fixture_id\":1,\"market_direction\":\"over\",\"stat_type\":\"goals\",\"threshold\":2.5,\"odds\":2,\"actual_stake\":1,\"status\":\"won\"}", "settled in v1 without graded_at, a kickoff or a creation time")]
    public void A_document_that_cannot_map_says_why(string line, string problem)
    {
        var translation = V1BetTranslator.Translate(7, line);

        translation.Mapped.Should().BeFalse();
        translation.Line.Should().Be(7);
        translation.Problem.Should().StartWith(problem);
    }

    /// <summary>A team bot's document on Liverpool v Man Utd, over 2.5 goals unless a field says otherwise.</summary>
    private static string Document(
        string extra, string? direction = "\"market_direction\":\"over\"", string? fixture = "\"fixture_id\":4813415",
        string? stat = "\"stat_type\":\"goals\"", string? threshold = "\"threshold\":2.5") =>
        "{" + string.Join(',', new[]
        {
            "\"_id\":{\"$oid\":\"65a1f0c2e4b0a1b2c3d4e5f7\"}", fixture, direction, stat, threshold,
            "\"odds\":1.9", "\"actual_stake\":10", "\"bot_type\":\"team\"", "\"home_team\":\"Liverpool\"", "\"away_team\":\"Man Utd\"",
            extra,
        }.Where(part => !string.IsNullOrEmpty(part))) + "}";

    /// <summary>The translated bet through the contract reader every intake uses: it must be a valid bet.</summary>
    private static Bet Read(V1Translation translation)
    {
        var read = BetReader.ReadLine(translation.Bet!.ToJsonString());
        read.Bet.Should().NotBeNull($"{read.Reason} {read.Detail}");
        return read.Bet!;
    }
}
