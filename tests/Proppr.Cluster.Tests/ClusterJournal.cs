using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.RateLimiting;
using Proppr.TestSupport;

namespace Proppr.Cluster.Tests;

/// <summary>
/// What the cluster wrote to the shared database, read from the test process: the fixtures' and the limiter's events
/// through the SQL read journal (a one-node reader system that hosts nothing), and cheap counts straight from the
/// tables for waiting on progress.
/// </summary>
public sealed class ClusterJournal : IAsyncDisposable
{
    private readonly TestNode _reader;
    private readonly DatabaseOptions _database;

    private ClusterJournal(TestNode reader, DatabaseOptions database)
    {
        _reader = reader;
        _database = database;
    }

    public static async Task<ClusterJournal> OpenAsync(DatabaseOptions database) =>
        new(await TestNode.StartAsync(database, _ => { }), database);

    public async Task<FixtureHistory> FixtureAsync(long fixtureId) =>
        new(fixtureId, [.. (await JournalReader.EventsAsync(_reader.System, FixtureActor.PersistenceIdFor(fixtureId))).Cast<IFixtureEvent>()]);

    /// <summary>When each permit for <paramref name="api"/> was granted, over every incarnation of the limiter singleton.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> GrantsAsync(string api) =>
        [.. (await JournalReader.EventsAsync(_reader.System, RateLimiter.PersistenceIdValue)).OfType<PermitGranted>()
            .Where(grant => grant.Api == api).Select(grant => grant.At)];

    /// <summary>Bets the read model shows as decided (anything but pending).</summary>
    public Task<long> DecidedBetsAsync() =>
        _database.CountAsync("SELECT COUNT(*) FROM rm_bets WHERE status <> @pending", ("pending", WireNames.Statuses.NameOf(SettlementStatus.Pending)));

    /// <summary>Fixtures whose journal holds an event with this manifest (<c>fx-ev-correction</c>, ...).</summary>
    public Task<long> FixturesWithAsync(string manifest) =>
        _database.CountAsync("SELECT COUNT(DISTINCT persistence_id) FROM journal WHERE manifest = @manifest", ("manifest", manifest));

    /// <summary>Settlements and re-settlements in the journal that the read model has not recorded yet.</summary>
    public async Task<long> UnprojectedSettlementsAsync() =>
        (await JournalReader.EventsByTagAsync(_reader.System, BetEventTagger.SettlementTag)).AllSettlements().Count()
        - await _database.CountAsync("SELECT COUNT(*) FROM rm_settlements");

    /// <summary>The read model's rows, each as one line of text, in key order: to compare before and after.</summary>
    public async Task<IReadOnlyList<string>> ReadModelRowsAsync()
    {
        var rows = new List<string>();
        foreach (var (table, key) in new[] { ("rm_bets", "bet_id"), ("rm_settlements", "journal_offset") })
        {
            rows.AddRange(await _database.QueryAsync($"SELECT * FROM {table} ORDER BY {key}", reader =>
                table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))),
                CancellationToken.None));
        }
        return rows;
    }

    public async ValueTask DisposeAsync() => await _reader.DisposeAsync();
}
