using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Odds.History;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Odds.History;

/// <summary>
/// The node's writer on a real node: signals published while its tables cannot be written wait and are all stored once
/// the database answers, and rows past the retention go when the node starts.
/// </summary>
public sealed class OddsHistoryWriterTests : IDisposable
{
    private static readonly OddsKey Home = new(MarketNames.Moneyline, OddsOutcomes.Home);
    private static readonly OddsHistorySettings Settings = OddsHistorySettings.Default with { RetryAfter = TimeSpan.FromMilliseconds(200) };

    private readonly TempDatabaseFile _database = new();

    public void Dispose() => _database.Dispose();

    private static FixtureOddsSignal Signal(long fixtureId, decimal from, decimal to, DateTimeOffset at) =>
        new(fixtureId, [new PriceDrop("Bet365", Home, from, to, Math.Round((from - to) / from * 100m, 4), at)], [], at);

    private Task<TestNode> StartAsync(TimeProvider clock) =>
        TestNode.StartAsync(_database.Options, akka => akka.AddOddsHistory(Settings, clock));

    private async Task<IReadOnlyList<long>> FixturesAsync(DateOnly day) =>
        [.. (await new OddsHistoryQueries(_database.Options).DropsAsync(day, null, null, OddsHistoryQueries.MaxLimit, CancellationToken.None)).Items.Select(d => d.FixtureId)];

    private async Task<int> CountAsync(DateOnly day) => (await FixturesAsync(day)).Count;

    [Fact]
    public async Task Signals_wait_while_the_tables_cannot_be_written_and_are_all_stored_when_they_can()
    {
        var now = DateTimeOffset.UtcNow;
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        DatabaseSchema.Migrate(_database.Options);
        await using var node = await StartAsync(TimeProvider.System);
        // The writer's group subscription reaches the mediator a moment after it starts: announce until one is kept.
        await Eventually.HoldsAsync(async () =>
        {
            OddsSignals.Publish(node.System, Signal(9000, 2.10m, 2.00m, now));
            (await CountAsync(day)).Should().Be(1);
        });

        // The table goes away: every write fails until the migration makes it again.
        await using (var connection = await _database.Options.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("DROP TABLE odds_drops", CancellationToken.None);
        }
        var signals = Enumerable.Range(1, 40).Select(i => Signal(9000 + i, 2.10m, 2.00m, now)).ToList();
        foreach (var signal in signals)
        {
            OddsSignals.Publish(node.System, signal);
        }
        await Task.Delay(TimeSpan.FromSeconds(1));
        DatabaseSchema.Migrate(_database.Options);

        // A probe announced twice above may have waited with them: it is not counted.
        await Eventually.HoldsAsync(async () => (await FixturesAsync(day)).Where(id => id != 9000).Should().BeEquivalentTo(signals.Select(s => s.FixtureId)));
    }

    [Fact]
    public async Task Rows_past_the_retention_are_deleted_when_the_node_starts()
    {
        DatabaseSchema.Migrate(_database.Options);
        var now = new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);
        await new OddsHistoryStore(_database.Options).WriteAsync(
            [Signal(9001, 2.10m, 2.00m, now.AddDays(-31)), Signal(9001, 2.00m, 1.90m, now.AddDays(-29))], CancellationToken.None);

        await using var node = await StartAsync(new ManualTime(now));

        await Eventually.HoldsAsync(async () => (await CountAsync(DateOnly.FromDateTime(now.AddDays(-31).UtcDateTime))).Should().Be(0));
        (await CountAsync(DateOnly.FromDateTime(now.AddDays(-29).UtcDateTime))).Should().Be(1);
    }
}
