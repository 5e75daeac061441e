using System.Data.Common;
using Proppr.Actors.Hosting;

namespace Proppr.Actors.ReadModel.Clients;

/// <summary>
/// The client categories a desk set, in the project's database (SQLite or PostgreSQL alike), so every node reads the
/// same ones. Not built from the journal: a read model rebuild leaves this table alone.
/// </summary>
public sealed class ClientCategoryStore(DatabaseOptions database)
{
    private const string Table = "client_categories";

    /// <summary>Its table, created by <see cref="DatabaseSchema"/>.</summary>
    internal static readonly string[] Create =
    [
        $"""
        CREATE TABLE IF NOT EXISTS {Table} (
            client TEXT PRIMARY KEY,
            category TEXT NOT NULL,
            note TEXT NULL,
            set_at_ms BIGINT NOT NULL)
        """,
    ];

    /// <summary>Every categorised client, by name (ordinal: the databases' collations differ).</summary>
    public async Task<IReadOnlyList<ClientCategory>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await database.QueryAsync($"SELECT client, category, note, set_at_ms FROM {Table}", Read, cancellationToken))
            .OrderBy(entry => entry.Client, StringComparer.Ordinal)];

    /// <summary>Puts the client in the category, replacing the one it was in.</summary>
    public async Task SetAsync(ClientCategory entry, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync($"""
            INSERT INTO {Table} (client, category, note, set_at_ms) VALUES (@client, @category, @note, @set_at_ms)
            ON CONFLICT (client) DO UPDATE SET category = excluded.category, note = excluded.note, set_at_ms = excluded.set_at_ms
            """,
            cancellationToken,
            ("client", entry.Client), ("category", entry.Category), ("note", entry.Note), ("set_at_ms", entry.SetAt.ToUnixTimeMilliseconds()));
    }

    /// <summary>Takes the client out of its category; answers whether it was in one.</summary>
    public async Task<bool> RemoveAsync(string client, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync($"DELETE FROM {Table} WHERE client = @client", cancellationToken, ("client", client)) > 0;
    }

    private static ClientCategory Read(DbDataReader reader) =>
        new(reader.Text("client"), reader.Text("category"), reader.OptionalText("note"), reader.Time("set_at_ms"));
}
