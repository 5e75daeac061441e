using Proppr.Actors.Hosting;

namespace Proppr.Actors.Betting.Players;

/// <summary>
/// The player mapping table (odds provider's player id to FotMob player id) in the project's database, SQLite or
/// PostgreSQL alike. The intake reads it for bets that name their player by <c>odds_player_id</c> only.
/// </summary>
public sealed class PlayerMappingStore(DatabaseOptions database)
{
    /// <summary>Its table, created by <see cref="DatabaseSchema"/>.</summary>
    internal static readonly string[] Create =
    [
        """
        CREATE TABLE IF NOT EXISTS player_mappings (
            odds_player_id TEXT PRIMARY KEY,
            fotmob_player_id BIGINT NOT NULL,
            player_name TEXT NULL)
        """,
    ];

    /// <summary>The FotMob player of each of <paramref name="oddsPlayerIds"/> the table knows.</summary>
    public async Task<IReadOnlyDictionary<string, long>> FotMobIdsOfAsync(IEnumerable<string> oddsPlayerIds, CancellationToken cancellationToken)
    {
        var rows = await database.QueryInChunksAsync(
            oddsPlayerIds.Distinct(StringComparer.Ordinal), list => $"SELECT odds_player_id, fotmob_player_id FROM player_mappings WHERE odds_player_id IN ({list})",
            reader => (OddsId: reader.GetString(0), FotMobId: reader.GetInt64(1)), cancellationToken);
        return rows.ToDictionary(row => row.OddsId, row => row.FotMobId, StringComparer.Ordinal);
    }

    /// <summary>Adds the mappings, replacing any for the same odds id (the newer one is the correction), in one transaction.</summary>
    public async Task SaveAsync(IReadOnlyList<PlayerMapping> mappings, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var mapping in mappings)
        {
            await transaction.ExecuteAsync("""
                INSERT INTO player_mappings (odds_player_id, fotmob_player_id, player_name)
                VALUES (@odds_player_id, @fotmob_player_id, @player_name)
                ON CONFLICT (odds_player_id) DO UPDATE SET
                    fotmob_player_id = excluded.fotmob_player_id, player_name = excluded.player_name
                """,
                cancellationToken,
                ("odds_player_id", mapping.OddsPlayerId), ("fotmob_player_id", mapping.FotMobPlayerId), ("player_name", mapping.PlayerName));
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
