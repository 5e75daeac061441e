using System.Diagnostics;
using Npgsql;
using Proppr.Actors.Hosting;

namespace Proppr.TestSupport;

/// <summary>
/// A fresh PostgreSQL database on the machine's server, started on first use by <c>scripts/postgres.sh</c> (the
/// server is installed but stopped on a new machine). Dropped on dispose.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private static readonly Lazy<string> AdminConnection = new(StartServer);

    private PostgresTestDatabase(string name, string connectionString)
    {
        Name = name;
        Options = new DatabaseOptions(DatabaseProvider.PostgreSql, connectionString);
    }

    public string Name { get; }

    public DatabaseOptions Options { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var name = "proppr_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(AdminConnection.Value))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(AdminConnection.Value) { Database = name };
        return new PostgresTestDatabase(name, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnection.Value);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static string StartServer()
    {
        var script = Path.Combine(ReferenceData.RepositoryRoot, "scripts", "postgres.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/postgres.sh failed ({process.ExitCode}): {error}");
        }
        return output.Trim().Split('\n')[^1];
    }
}
