namespace Proppr.Actors.Betting;

/// <summary>
/// Every reason code the rules put on a settlement or a rejection (snake_case, <c>spec/bets.md</c>). One list, so
/// producers and readers (reports, the monitor's filters) can never spell a code two ways.
/// </summary>
public static class SettlementReasons
{
    // Why a decided bet came out the way it did.
    public const string Push = "push";
    public const string QuarterLine = "quarter_line";
    public const string DeadHeat = "dead_heat";

    // Participation: the player prop is refunded.
    public const string DidNotStart = "did_not_start";
    public const string DidNotPlay = "did_not_play";
    public const string NotInSquad = "not_in_squad";
    public const string CameOnAfterFirstGoal = "came_on_after_first_goal";
    public const string LineupUnavailable = "lineup_unavailable";

    // The data cannot give the count the bet is on.
    public const string RegulationStatUnavailable = "regulation_stat_unavailable";
    public const string PeriodStatUnavailable = "period_stat_unavailable";
    public const string StatUnavailable = "stat_unavailable";

    // The match was not (fully) played.
    public const string Postponed = "postponed";
    public const string Cancelled = "cancelled";
    public const string Abandoned = "abandoned";

    // Rejections: the bet could not be read as sent (BetReader).
    public const string InvalidJson = "invalid_json";
    public const string InvalidBet = "invalid_bet";
    public const string MissingBetId = "missing_bet_id";
    public const string MissingFixture = "missing_fixture";
    public const string InvalidFixtureId = "invalid_fixture_id";
    public const string InvalidPlayerId = "invalid_player_id";
    public const string UnknownMarket = "unknown_market";
    public const string InvalidPeriod = "invalid_period";
    public const string InvalidVoidRule = "invalid_void_rule";
    public const string InvalidTimestamp = "invalid_timestamp";

    // Rejections: the bet itself makes no sense.
    public const string InvalidOdds = "invalid_odds";
    public const string InvalidStake = "invalid_stake";
    public const string InvalidScope = "invalid_scope";
    public const string InvalidSelection = "invalid_selection";
    public const string MissingLine = "missing_line";
    public const string InvalidLine = "invalid_line";
    public const string MissingPlayer = "missing_player";
    public const string FixtureMismatch = "fixture_mismatch";
    public const string DuplicateBetId = "duplicate_bet_id";

    /// <summary>A bet without a fixture id that does not carry what finding its match takes (odds id, teams, kickoff).</summary>
    public const string IncompleteFixtureQuery = "incomplete_fixture_query";

    /// <summary>The fixture's journal refused to store the bet (it could not write it): nothing was tracked.</summary>
    public const string NotWritten = "not_written";
    public const string InvalidPriorSettlement = "invalid_prior_settlement";

    // Rejections by the limits of spec/bets.md (BetLimits): the bet cannot be stored or fetched back as sent.
    public const string InvalidBetId = "invalid_bet_id";
    public const string InvalidId = "invalid_id";
    public const string InvalidText = "invalid_text";
    public const string TextTooLong = "text_too_long";
}
