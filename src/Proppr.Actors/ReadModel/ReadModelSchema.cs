namespace Proppr.Actors.ReadModel;

/// <summary>
/// The read model's tables, beside the journal in the same database. SQL that SQLite and PostgreSQL both run:
/// decimals as invariant text (<see cref="DecimalText"/>), times as Unix milliseconds, flags as 0/1 integers.
/// Everything here can be dropped and rebuilt from the journal.
/// </summary>
internal static class ReadModelSchema
{
    /// <summary>One row per bet: the bet's fields and its current settlement.</summary>
    public const string Bets = "rm_bets";

    /// <summary>
    /// Every settlement and re-settlement, keyed by its <see cref="Fixtures.JournalPosition"/> (the column keeps its
    /// older name; so do the bets' <c>settlement_offset</c> and <c>last_offset</c>, positions too).
    /// </summary>
    public const string Settlements = "rm_settlements";

    /// <summary>
    /// Every move of a bet to another fixture (its fixture's id stopped answering), keyed by its journal position: the
    /// audit trail beside the bet's row, whose <c>fixture_id</c> follows the move.
    /// </summary>
    public const string Moves = "rm_bet_moves";

    /// <summary>How far each projection has read the journal; written in the same transaction as its rows.</summary>
    public const string Offsets = "rm_projection_offsets";

    public static readonly string[] Create =
    [
        $"""
        CREATE TABLE IF NOT EXISTS {Bets} (
            bet_id TEXT PRIMARY KEY,
            fixture_id BIGINT NOT NULL,
            scope TEXT NOT NULL,
            player_id BIGINT NULL,
            player_name TEXT NULL,
            market TEXT NOT NULL,
            period TEXT NOT NULL,
            selection TEXT NOT NULL,
            line TEXT NULL,
            odds TEXT NOT NULL,
            stake TEXT NOT NULL,
            source TEXT NULL,
            client TEXT NULL,
            placed_at_ms BIGINT NOT NULL,
            tracked_at_ms BIGINT NOT NULL,
            status TEXT NOT NULL,
            actual_value TEXT NULL,
            returns TEXT NOT NULL,
            profit_loss TEXT NOT NULL,
            reason TEXT NULL,
            settled_at_ms BIGINT NULL,
            resettled INTEGER NOT NULL,
            settlement_offset BIGINT NULL,
            clv TEXT NULL,
            last_offset BIGINT NOT NULL,
            bet_json TEXT NOT NULL)
        """,
        $"CREATE INDEX IF NOT EXISTS {Bets}_placed ON {Bets} (placed_at_ms)",
        $"CREATE INDEX IF NOT EXISTS {Bets}_settled ON {Bets} (settled_at_ms)",
        $"CREATE INDEX IF NOT EXISTS {Bets}_fixture ON {Bets} (fixture_id)",
        // The fixtures with open bets, read from the index alone (the monitor polls for them).
        $"CREATE INDEX IF NOT EXISTS {Bets}_open ON {Bets} (status, fixture_id)",
        $"""
        CREATE TABLE IF NOT EXISTS {Settlements} (
            journal_offset BIGINT PRIMARY KEY,
            bet_id TEXT NOT NULL,
            fixture_id BIGINT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            settled_at_ms BIGINT NOT NULL,
            replaces_offset BIGINT NULL,
            settlement_json TEXT NOT NULL)
        """,
        $"CREATE INDEX IF NOT EXISTS {Settlements}_bet ON {Settlements} (bet_id)",
        $"CREATE INDEX IF NOT EXISTS {Settlements}_settled ON {Settlements} (settled_at_ms)",
        $"""
        CREATE TABLE IF NOT EXISTS {Moves} (
            journal_offset BIGINT PRIMARY KEY,
            bet_id TEXT NOT NULL,
            from_fixture_id BIGINT NOT NULL,
            to_fixture_id BIGINT NOT NULL,
            reason TEXT NOT NULL,
            moved_at_ms BIGINT NOT NULL)
        """,
        $"CREATE INDEX IF NOT EXISTS {Moves}_bet ON {Moves} (bet_id)",
        $"""
        CREATE TABLE IF NOT EXISTS {Offsets} (
            projection TEXT PRIMARY KEY,
            last_offset BIGINT NOT NULL)
        """,
    ];

    /// <summary>
    /// In the order an event's transaction locks them (offset, history and moves, bets), so a reset racing a last write from a
    /// stopped stream waits for it instead of deadlocking on PostgreSQL.
    /// </summary>
    public static readonly string[] Drop =
    [
        $"DROP TABLE IF EXISTS {Offsets}",
        $"DROP TABLE IF EXISTS {Settlements}",
        $"DROP TABLE IF EXISTS {Moves}",
        $"DROP TABLE IF EXISTS {Bets}",
    ];
}
