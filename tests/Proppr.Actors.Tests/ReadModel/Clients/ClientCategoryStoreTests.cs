using Proppr.Actors.Hosting;
using Proppr.Actors.ReadModel.Clients;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.ReadModel.Clients;

public sealed class ClientCategoryStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task Sets_replaces_lists_and_removes_categories(DatabaseProvider provider) =>
        TestDatabases.UseAsync(provider, async options =>
        {
            DatabaseSchema.Migrate(options);
            var store = new ClientCategoryStore(options);

            await store.SetAsync(new ClientCategory("acc-2", ClientCategories.NewRegistration, "opened today", At), CancellationToken.None);
            await store.SetAsync(new ClientCategory("Acc-1", ClientCategories.GoodClient, null, At), CancellationToken.None);
            await store.SetAsync(new ClientCategory("acc-2", ClientCategories.Watchlist, null, At.AddHours(1)), CancellationToken.None);

            (await store.ListAsync(CancellationToken.None)).Should().Equal(
                new ClientCategory("Acc-1", ClientCategories.GoodClient, null, At),
                new ClientCategory("acc-2", ClientCategories.Watchlist, null, At.AddHours(1)));
            (await store.RemoveAsync("Acc-1", CancellationToken.None)).Should().BeTrue();
            (await store.RemoveAsync("Acc-1", CancellationToken.None)).Should().BeFalse();
            (await store.ListAsync(CancellationToken.None)).Select(entry => entry.Client).Should().Equal("acc-2");
        });

    [Fact]
    public Task Migrating_again_keeps_the_categories() =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async options =>
        {
            DatabaseSchema.Migrate(options);
            var store = new ClientCategoryStore(options);
            await store.SetAsync(new ClientCategory("acc-1", ClientCategories.Risk, "arbs", At), CancellationToken.None);

            DatabaseSchema.Migrate(options);

            (await store.ListAsync(CancellationToken.None)).Should().Equal(new ClientCategory("acc-1", ClientCategories.Risk, "arbs", At));
        });
}
