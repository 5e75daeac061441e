using Proppr.Actors.Hosting;
using Proppr.Actors.Matches.Resolution;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.Resolution;

public sealed class FixtureMappingStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public Task Stores_finds_and_replaces_mappings_in_a_sqlite_file() =>
        WithSqlite(Exercise);

    [Fact]
    public async Task Stores_finds_and_replaces_mappings_in_postgresql()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await Exercise(database.Options);
    }

    [Fact]
    public Task Migrating_the_database_twice_is_harmless_and_keeps_the_rows() =>
        WithSqlite(async options =>
        {
            var store = new FixtureMappingStore(options);
            DatabaseSchema.Migrate(options);
            await store.SaveAsync(new FixtureMapping("ev-1", 4506508, 0.9, At), CancellationToken.None);

            DatabaseSchema.Migrate(options);

            (await store.ListAsync(CancellationToken.None)).Should().ContainSingle();
        });

    private static async Task WithSqlite(Func<DatabaseOptions, Task> test)
    {
        using var file = new TempDatabaseFile();
        await test(file.Options);
    }

    private static async Task Exercise(DatabaseOptions options)
    {
        var store = new FixtureMappingStore(options);
        DatabaseSchema.Migrate(options);

        await store.SaveAsync(new FixtureMapping("61300001", 4506508, 0.92, At), CancellationToken.None);
        await store.SaveAsync(new FixtureMapping("61300002", 4813415, null, At.AddMinutes(1)), CancellationToken.None);
        (await store.ListAsync(CancellationToken.None)).Should().Equal(
            new FixtureMapping("61300001", 4506508, 0.92, At),
            new FixtureMapping("61300002", 4813415, null, At.AddMinutes(1)));
        (await store.FixturesOfAsync(["61300001", "nope"], CancellationToken.None)).Should().Equal(
            new Dictionary<string, long> { ["61300001"] = 4506508 });

        await store.SaveAsync(new FixtureMapping("61300001", 4506747, null, At.AddHours(1)), CancellationToken.None);

        (await store.ListAsync(CancellationToken.None)).Should().Equal(
            new FixtureMapping("61300001", 4506747, null, At.AddHours(1)),
            new FixtureMapping("61300002", 4813415, null, At.AddMinutes(1)));
    }
}
