namespace Proppr.Actors.Stats;

/// <summary>
/// The stats tables, beside the journal and read model, in SQL SQLite and PostgreSQL both run: decimals as invariant
/// text, times as Unix milliseconds, periods and stats by their wire names.
/// </summary>
internal static class StatsSchema
{
    /// <summary>A team's count for and against, per finished match, period and stat.</summary>
    public const string TeamMatches = "stats_team_matches";

    /// <summary>A player's count per finished match, period and stat.</summary>
    public const string PlayerMatches = "stats_player_matches";

    public const string Upcoming = "stats_upcoming";
    public const string UpcomingPlayers = "stats_upcoming_players";

    /// <summary>The <c>predicted_lines</c> of each upcoming fixture.</summary>
    public const string PredictedLines = "stats_predicted_lines";

    /// <summary>The <c>player_projections</c> of each upcoming fixture.</summary>
    public const string PlayerProjections = "stats_player_projections";

    public static readonly string[] Create =
    [
        $"""
        CREATE TABLE IF NOT EXISTS {TeamMatches} (
            fixture_id BIGINT NOT NULL, team_id BIGINT NOT NULL, team_name TEXT NOT NULL, opponent_id BIGINT NOT NULL,
            is_home INTEGER NOT NULL, kickoff_ms BIGINT NOT NULL, league TEXT NULL, period TEXT NOT NULL, stat TEXT NOT NULL,
            value_for TEXT NOT NULL, value_against TEXT NOT NULL,
            PRIMARY KEY (fixture_id, team_id, period, stat))
        """,
        $"CREATE INDEX IF NOT EXISTS {TeamMatches}_team ON {TeamMatches} (team_id, kickoff_ms)",
        $"""
        CREATE TABLE IF NOT EXISTS {PlayerMatches} (
            fixture_id BIGINT NOT NULL, player_id BIGINT NOT NULL, player_name TEXT NOT NULL, team_id BIGINT NOT NULL,
            started INTEGER NOT NULL, kickoff_ms BIGINT NOT NULL, period TEXT NOT NULL, stat TEXT NOT NULL, value TEXT NOT NULL,
            PRIMARY KEY (fixture_id, player_id, period, stat))
        """,
        $"CREATE INDEX IF NOT EXISTS {PlayerMatches}_player ON {PlayerMatches} (player_id, kickoff_ms)",
        $"CREATE INDEX IF NOT EXISTS {PlayerMatches}_team ON {PlayerMatches} (team_id, kickoff_ms)",
        $"""
        CREATE TABLE IF NOT EXISTS {Upcoming} (
            fixture_id BIGINT PRIMARY KEY, home_id BIGINT NOT NULL, home_name TEXT NOT NULL, away_id BIGINT NOT NULL,
            away_name TEXT NOT NULL, kickoff_ms BIGINT NOT NULL, league TEXT NULL)
        """,
        $"""
        CREATE TABLE IF NOT EXISTS {UpcomingPlayers} (
            fixture_id BIGINT NOT NULL, player_id BIGINT NOT NULL, player_name TEXT NOT NULL, team_id BIGINT NOT NULL,
            confirmed INTEGER NOT NULL,
            PRIMARY KEY (fixture_id, player_id))
        """,
        $"""
        CREATE TABLE IF NOT EXISTS {PredictedLines} (
            fixture_id BIGINT NOT NULL, period TEXT NOT NULL, stat TEXT NOT NULL, expected TEXT NOT NULL, line TEXT NOT NULL,
            home_expected TEXT NOT NULL, home_line TEXT NOT NULL, away_expected TEXT NOT NULL, away_line TEXT NOT NULL,
            matches INTEGER NOT NULL, computed_ms BIGINT NOT NULL,
            PRIMARY KEY (fixture_id, period, stat))
        """,
        $"""
        CREATE TABLE IF NOT EXISTS {PlayerProjections} (
            fixture_id BIGINT NOT NULL, player_id BIGINT NOT NULL, player_name TEXT NOT NULL, team_id BIGINT NOT NULL,
            stat TEXT NOT NULL, expected TEXT NOT NULL, line TEXT NOT NULL, matches INTEGER NOT NULL, computed_ms BIGINT NOT NULL,
            PRIMARY KEY (fixture_id, player_id, stat))
        """,
    ];
}
