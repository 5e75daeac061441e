using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.History;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Odds.History;

/// <summary>
/// The odds history's tables on both databases: each drop and value bet stored once however often it is written, read a
/// UTC day at a time in pages, with the neighbouring days named, and deleted past the retention.
/// </summary>
public sealed class OddsHistoryStoreTests
{
    private const long Fixture = 4506508;
    private const long OtherFixture = 4193490;
    private static readonly DateTimeOffset Day1 = new(2026, 3, 14, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly FirstDay = new(2026, 3, 14);
    private static readonly CancellationToken None = CancellationToken.None;

    private static PriceDrop Drop(decimal from, decimal to, DateTimeOffset at, OddsKey? key = null) =>
        new("Bet365", key ?? Home, from, to, Math.Round((from - to) / from * 100m, 4), at);

    private static ValueBet Value(decimal price, DateTimeOffset expiresAt, OddsKey? key = null) =>
        new("Bet365", key ?? Home, price, 2.0714m, Math.Round((price / 2.0714m) - 1m, 4), expiresAt);

    private static Task WithHistory(DatabaseProvider provider, Func<OddsHistoryStore, OddsHistoryQueries, Task> test) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            DatabaseSchema.Migrate(database);
            await test(new OddsHistoryStore(database), new OddsHistoryQueries(database));
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_signal_written_again_is_stored_once_and_a_value_bet_found_again_keeps_its_first_time(DatabaseProvider provider) =>
        WithHistory(provider, async (store, queries) =>
        {
            var at = Day1.AddHours(15);
            var drop = Drop(2.10m, 1.95m, at, Over(2.5m));
            var first = new FixtureOddsSignal(Fixture, [drop], [Value(2.20m, at.AddSeconds(30))], at);
            await store.WriteAsync([first], None);
            // The batch again (a retried write), then a recovered fixture finding the same value later, its line as 2.50.
            await store.WriteAsync([first], None);
            var again = new FixtureOddsSignal(Fixture, [drop with { Key = Over(2.50m) }], [Value(2.20m, at.AddMinutes(5))], at.AddMinutes(4));
            await store.WriteAsync([again], None);

            var drops = await queries.DropsAsync(FirstDay, null, null, 10, None);
            drops.Items.Should().ContainSingle().Which.Should().Match<StoredDrop>(d => d.FixtureId == Fixture && d.Drop == drop);
            var value = (await queries.ValueBetsAsync(FirstDay, null, null, 10, None)).Items.Should().ContainSingle().Subject;
            value.FoundAt.Should().Be(at);
            value.Value.ExpiresAt.Should().Be(at.AddMinutes(5));
            value.Value.Should().Be(Value(2.20m, at.AddMinutes(5)));

            // A new price is a new value bet.
            await store.WriteAsync([new FixtureOddsSignal(Fixture, [], [Value(2.25m, at.AddMinutes(9))], at.AddMinutes(8))], None);
            (await queries.ValueBetsAsync(FirstDay, null, null, 10, None)).Items.Select(v => v.Value.Price).Should().Equal(2.20m, 2.25m);
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_day_reads_in_pages_oldest_first_and_names_the_days_before_and_after(DatabaseProvider provider) =>
        WithHistory(provider, async (store, queries) =>
        {
            // Day 1: three drops on the fixture, one on another; day 3: one on the other; day 5: one on the fixture.
            var day1 = new[] { Drop(2.10m, 2.00m, Day1.AddHours(9)), Drop(2.00m, 1.90m, Day1.AddHours(10)), Drop(1.90m, 1.80m, Day1.AddHours(23).AddMinutes(59)) };
            await store.WriteAsync(
            [
                new FixtureOddsSignal(Fixture, [.. day1], [], Day1.AddHours(23)),
                new FixtureOddsSignal(OtherFixture, [Drop(3.00m, 2.50m, Day1.AddHours(12))], [], Day1.AddHours(12)),
                new FixtureOddsSignal(OtherFixture, [Drop(3.00m, 2.80m, Day1.AddDays(2))], [], Day1.AddDays(2)),
                new FixtureOddsSignal(Fixture, [Drop(3.00m, 2.90m, Day1.AddDays(4))], [], Day1.AddDays(4)),
            ], None);

            var first = await queries.DropsAsync(FirstDay, Fixture, null, 2, None);
            first.Items.Select(d => d.Drop).Should().Equal(day1[0], day1[1]);
            first.NextAfter.Should().NotBeNull();
            var rest = await queries.DropsAsync(FirstDay, Fixture, first.NextAfter, 2, None);
            rest.Items.Select(d => d.Drop).Should().Equal(day1[2]);
            rest.NextAfter.Should().BeNull("the day is complete");
            (rest.PreviousDay, rest.NextDay).Should().Be(((DateOnly?)null, (DateOnly?)FirstDay.AddDays(4)), "day 3 holds only the other fixture");

            var everyFixture = await queries.DropsAsync(FirstDay, null, null, 10, None);
            everyFixture.Items.Select(d => d.Drop.At.Hour).Should().Equal(9, 10, 12, 23);
            everyFixture.NextDay.Should().Be(FirstDay.AddDays(2));
            var empty = await queries.DropsAsync(FirstDay.AddDays(3), null, null, 10, None);
            empty.Items.Should().BeEmpty();
            (empty.PreviousDay, empty.NextDay).Should().Be(((DateOnly?)FirstDay.AddDays(2), (DateOnly?)FirstDay.AddDays(4)));
        });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task Rows_before_the_cutoff_are_deleted_and_the_rest_kept(DatabaseProvider provider) =>
        WithHistory(provider, async (store, queries) =>
        {
            await store.WriteAsync(
            [
                new FixtureOddsSignal(Fixture, [Drop(2.10m, 2.00m, Day1.AddHours(9))], [Value(2.20m, Day1.AddHours(9))], Day1.AddHours(9)),
                new FixtureOddsSignal(Fixture, [Drop(2.00m, 1.90m, Day1.AddDays(1))], [Value(2.30m, Day1.AddDays(1))], Day1.AddDays(1)),
            ], None);

            (await store.PruneAsync(Day1.AddDays(1), None)).Should().Be(2);

            (await queries.DropsAsync(FirstDay, null, null, 10, None)).Items.Should().BeEmpty();
            (await queries.ValueBetsAsync(FirstDay, null, null, 10, None)).Items.Should().BeEmpty();
            (await queries.DropsAsync(FirstDay.AddDays(1), null, null, 10, None)).Items.Should().ContainSingle();
            (await queries.ValueBetsAsync(FirstDay.AddDays(1), null, null, 10, None)).Items.Should().ContainSingle();
        });
}
