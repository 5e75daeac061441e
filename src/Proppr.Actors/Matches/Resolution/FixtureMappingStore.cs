using System.Data.Common;
using Proppr.Actors.Hosting;

namespace Proppr.Actors.Matches.Resolution;

/// <summary>
/// The mapping table (external id to FotMob match id) in the project's database, SQLite or PostgreSQL alike:
/// plain SQL both understand, times as Unix milliseconds.
/// </summary>
public sealed class FixtureMappingStore(DatabaseOptions database)
{
    /// <summary>Its table, created by <see cref="DatabaseSchema"/>.</summary>
    internal static readonly string[] Create =
    [
        """
        CREATE TABLE IF NOT EXISTS fixture_mappings (
            external_id TEXT PRIMARY KEY,
            fixture_id BIGINT NOT NULL,
            score DOUBLE PRECISION NULL,
            resolved_at_ms BIGINT NOT NULL)
        """,
    ];

    /// <summary>The FotMob fixture of each of <paramref name="externalIds"/> the table knows.</summary>
    public async Task<IReadOnlyDictionary<string, long>> FixturesOfAsync(IEnumerable<string> externalIds, CancellationToken cancellationToken)
    {
        var rows = await database.QueryInChunksAsync(
            externalIds.Distinct(StringComparer.Ordinal), list => $"SELECT external_id, fixture_id FROM fixture_mappings WHERE external_id IN ({list})",
            reader => (ExternalId: reader.GetString(0), FixtureId: reader.GetInt64(1)), cancellationToken);
        return rows.ToDictionary(row => row.ExternalId, row => row.FixtureId, StringComparer.Ordinal);
    }

    public Task<IReadOnlyList<FixtureMapping>> ListAsync(CancellationToken cancellationToken) =>
        database.QueryAsync("SELECT external_id, fixture_id, score, resolved_at_ms FROM fixture_mappings ORDER BY external_id", Read, cancellationToken);

    /// <summary>Adds the mapping or replaces the one for the same external id (an operator's correction wins).</summary>
    public async Task SaveAsync(FixtureMapping mapping, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("""
            INSERT INTO fixture_mappings (external_id, fixture_id, score, resolved_at_ms)
            VALUES (@external_id, @fixture_id, @score, @resolved_at_ms)
            ON CONFLICT (external_id) DO UPDATE SET
                fixture_id = excluded.fixture_id, score = excluded.score, resolved_at_ms = excluded.resolved_at_ms
            """,
            cancellationToken,
            ("external_id", mapping.ExternalId),
            ("fixture_id", mapping.FixtureId),
            ("score", mapping.Score),
            ("resolved_at_ms", mapping.ResolvedAt.ToUnixTimeMilliseconds()));
    }

    private static FixtureMapping Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetInt64(1),
        reader.IsDBNull(2) ? null : reader.GetDouble(2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)));
}
