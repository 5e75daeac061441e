namespace Proppr.Actors.Odds.History;

/// <summary>
/// The odds history's tables (read-model tables beside the journal, made by <see cref="Hosting.DatabaseSchema"/>): every
/// price drop and value bet the fixtures announced, kept for the retention period after the fixture is gone. SQL that
/// SQLite and PostgreSQL both run: prices as invariant text, times as Unix milliseconds. Each row's id is its
/// <see cref="OddsHistoryId"/>, so a signal stored twice is one row.
/// </summary>
internal static class OddsHistorySchema
{
    public const string Drops = "odds_drops";

    public const string ValueBets = "odds_value_bets";

    /// <summary>What both tables start with: the row's id, and the fixture and outcome it is about.</summary>
    private const string OutcomeColumns =
        "id TEXT PRIMARY KEY, fixture_id BIGINT NOT NULL, bookmaker TEXT NOT NULL, market TEXT NOT NULL, outcome TEXT NOT NULL, line TEXT NULL, label TEXT NULL";

    public static readonly string[] Create =
    [
        $"""
        CREATE TABLE IF NOT EXISTS {Drops} (
            {OutcomeColumns},
            old_price TEXT NOT NULL,
            new_price TEXT NOT NULL,
            drop_percent TEXT NOT NULL,
            at_ms BIGINT NOT NULL)
        """,
        // A day's page reads in time order (and prunes by time); a fixture's day narrows it.
        $"CREATE INDEX IF NOT EXISTS {Drops}_at ON {Drops} (at_ms, id)",
        $"CREATE INDEX IF NOT EXISTS {Drops}_fixture ON {Drops} (fixture_id, at_ms)",
        $"""
        CREATE TABLE IF NOT EXISTS {ValueBets} (
            {OutcomeColumns},
            price TEXT NOT NULL,
            fair_price TEXT NOT NULL,
            edge TEXT NOT NULL,
            at_ms BIGINT NOT NULL,
            expires_at_ms BIGINT NOT NULL)
        """,
        $"CREATE INDEX IF NOT EXISTS {ValueBets}_at ON {ValueBets} (at_ms, id)",
        $"CREATE INDEX IF NOT EXISTS {ValueBets}_fixture ON {ValueBets} (fixture_id, at_ms)",
    ];
}
