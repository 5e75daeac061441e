using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Proppr.Actors.Hosting;

/// <summary>Plain ADO.NET for the project's own tables: SQL that SQLite and PostgreSQL both understand, named parameters.</summary>
public static class DatabaseCommands
{
    public static async Task<DbConnection> OpenAsync(this DatabaseOptions database, CancellationToken cancellationToken)
    {
        var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // A write that finds the journal's lock waits inside SQLite, in steps of a few milliseconds, rather than
            // in Microsoft.Data.Sqlite's own retry, which sleeps 150 ms each time (docs/decisions/2026-12-07-one-writer-for-sqlite.md).
            await connection.ExecuteAsync("PRAGMA busy_timeout = 5000", cancellationToken);
        }
        return connection;
    }

    /// <summary>
    /// Call once a store has created its tables. An idle pooled SQLite connection that read the schema before they
    /// existed trusts that copy when the file is busy and answers "no such table"; new connections read it afresh.
    /// </summary>
    public static void ForgetCachedSchemas(this DatabaseOptions database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            using var connection = new SqliteConnection(database.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    public static DbCommand Command(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static async Task<int> ExecuteAsync(
        this DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs a query on a connection of its own and reads every row with <paramref name="read"/>.</summary>
    public static async Task<IReadOnlyList<T>> QueryAsync<T>(
        this DatabaseOptions database, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    /// <summary>
    /// Runs the query <paramref name="sql"/> builds around a parameter list (for <c>IN (...)</c>) once per chunk of
    /// <paramref name="values"/>, and reads every row of every chunk.
    /// </summary>
    public static async Task<IReadOnlyList<T>> QueryInChunksAsync<TValue, T>(
        this DatabaseOptions database, IEnumerable<TValue> values, Func<string, string> sql, Func<DbDataReader, T> read,
        CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<T>();
        foreach (var chunk in InChunks(values))
        {
            rows.AddRange(await database.QueryAsync(sql(chunk.List), read, cancellationToken, [.. parameters, .. chunk.Parameters]));
        }
        return rows;
    }

    /// <summary>
    /// <paramref name="values"/> as parameter lists of at most 200 (<c>@in0, @in1, ...</c>) with their parameters:
    /// both databases cap the parameters of one statement.
    /// </summary>
    public static IEnumerable<(string List, (string Name, object? Value)[] Parameters)> InChunks<TValue>(IEnumerable<TValue> values) =>
        values.Chunk(200).Select(chunk => ParameterList("in", chunk));

    /// <summary>
    /// Placeholders <c>@prefix0, @prefix1, ...</c> for <paramref name="values"/> (for one <c>IN (...)</c>), and their
    /// parameters; distinct prefixes let two lists share a statement.
    /// </summary>
    public static (string List, (string Name, object? Value)[] Parameters) ParameterList<TValue>(string prefix, IReadOnlyList<TValue> values) =>
        (string.Join(", ", values.Select((_, i) => $"@{prefix}{i}")), [.. values.Select((value, i) => ($"{prefix}{i}", (object?)value))]);

    /// <summary>A command inside <paramref name="transaction"/> (SQLite refuses commands that do not name the open transaction).</summary>
    public static DbCommand Command(this DbTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = transaction.Connection!.Command(sql, parameters);
        command.Transaction = transaction;
        return command;
    }

    public static async Task<int> ExecuteAsync(
        this DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = transaction.Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
