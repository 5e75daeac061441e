using Proppr.Actors.Hosting;

namespace Proppr.TestSupport;

/// <summary>Runs a test against a fresh database of either provider: a SQLite file or a throwaway PostgreSQL database.</summary>
public static class TestDatabases
{
    public static async Task UseAsync(DatabaseProvider provider, Func<DatabaseOptions, Task> test)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            await using var postgres = await PostgresTestDatabase.CreateAsync();
            await test(postgres.Options);
            return;
        }
        using var file = new TempDatabaseFile();
        await test(file.Options);
    }
}
