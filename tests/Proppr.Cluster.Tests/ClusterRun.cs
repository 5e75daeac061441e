using System.Globalization;
using Proppr.Actors.RateLimiting;
using Proppr.TestSupport;
using Xunit.Abstractions;

namespace Proppr.Cluster.Tests;

/// <summary>
/// What both cluster tests stand up: a fresh PostgreSQL database, the replayed day, the process cluster polling it,
/// and a reader on the journal. Nodes are configured for a replay running many times faster than real time.
/// </summary>
public sealed class ClusterRun : IAsyncDisposable
{
    /// <summary>FotMob's policy in these runs: this many match-details requests per window, cluster-wide.</summary>
    public const int FotMobBatch = 30;

    public static readonly TimeSpan FotMobWindow = TimeSpan.FromSeconds(1);

    /// <summary>Ceiling of every wait on the cluster (process start-up, downing, a match day): generous, not asserted.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly PostgresTestDatabase _database;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly CancellationTokenSource _stopping = new();
    private ClusterJournal? _journal;
    private bool _tablesCreated;

    private ClusterRun(PostgresTestDatabase database, ReplayedDay replay, LoopbackCluster cluster)
    {
        _database = database;
        Replay = replay;
        Cluster = cluster;
    }

    public ReplayedDay Replay { get; }

    /// <summary>Seconds since the run was created, for the phases written to the test output.</summary>
    public string Elapsed => _clock.Elapsed.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture);

    public LoopbackCluster Cluster { get; }

    public static async Task<ClusterRun> CreateAsync(string name, ReplayedDay replay, params TimeSpan[] correctionChecks)
    {
        var database = await PostgresTestDatabase.CreateAsync();
        return new ClusterRun(database, replay, new LoopbackCluster(database.Options.ConnectionString, replay.FotMobUrl, NodeSettings(correctionChecks)))
        {
            LogFolder = Path.Combine(AppContext.BaseDirectory, "cluster-logs", name),
        };
    }

    public async Task<ClusterJournal> JournalAsync() => _journal ??= await ClusterJournal.OpenAsync(_database.Options);

    /// <summary>Feeds the day's bets through <paramref name="entryNodes"/> until every one is confirmed or the run ends.</summary>
    public (BetFeeder Feeder, Task Done) Feed(Func<IReadOnlyList<NodeApi>> entryNodes) =>
        BetFeeder.Start(Replay.Bets, Replay.Clock, entryNodes, _stopping.Token);

    /// <summary>
    /// The Lighthouse and the nodes; on a fresh database one node first and alone (it creates the tables, which
    /// concurrent creators on PostgreSQL can trip over), then the rest together. Back once all are Up.
    /// </summary>
    public async Task StartClusterAsync(int nodes)
    {
        Cluster.StartLighthouse();
        var first = _tablesCreated ? 0 : 1;
        if (!_tablesCreated)
        {
            await ReadyAsync(Cluster.StartNode());
            _tablesCreated = true;
        }
        await Task.WhenAll(Enumerable.Range(first, nodes - first).Select(_ => ReadyAsync(Cluster.StartNode())).ToList());
        await MembersUpAsync();
    }

    /// <summary>Waits until the node answers ready (an Up member with its database).</summary>
    public static Task ReadyAsync(ClusterNode node) =>
        Eventually.HoldsAsync(async () =>
        {
            node.Process.HasExited.Should().BeFalse($"{node.Name} must keep running");
            (await node.Api.IsReadyAsync()).Should().BeTrue($"{node.Name} should become ready");
        }, Patience);

    /// <summary>Waits until the cluster's members are exactly the Lighthouse and the running nodes, all Up.</summary>
    public Task MembersUpAsync() =>
        Eventually.HoldsAsync(async () =>
        {
            var members = await Cluster.Nodes[0].Api.MembersAsync();
            members.Where(m => m.Status == "up" && m.Reachable).Select(m => m.Address)
                .Should().BeEquivalentTo(Cluster.Nodes.Select(n => n.Address).Append(Cluster.LighthouseAddress));
        }, Patience);

    /// <summary>The journals of these fixtures, and what is wrong with their settlements against the final payloads.</summary>
    public async Task<(IReadOnlyList<FixtureHistory> Histories, IReadOnlyList<string> Problems)> SettlementsAsync(IEnumerable<long> fixtureIds)
    {
        var journal = await JournalAsync();
        var histories = await Task.WhenAll(fixtureIds.Select(journal.FixtureAsync));
        var problems = new List<string>();
        foreach (var history in histories)
        {
            var final = await Replay.SnapshotAsync(history.FixtureId);
            problems.AddRange(history.Problems(final, Replay.RevisedFixtures.Contains(history.FixtureId), DateTimeOffset.UtcNow));
        }
        return (histories, problems);
    }

    /// <summary>Runs the test's body; when it fails, everything each process printed goes to the test output.</summary>
    public async Task LoggedAsync(ITestOutputHelper output, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch
        {
            Cluster.WriteOutput(output);
            throw;
        }
    }

    /// <summary>Each process's output after the run: <c>cluster-logs/&lt;test&gt;/&lt;process&gt;.log</c> beside the test assemblies.</summary>
    public string LogFolder { get; init; } = Path.Combine(AppContext.BaseDirectory, "cluster-logs", "run");

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        Cluster.Dispose(LogFolder);
        if (_journal is not null)
        {
            await _journal.DisposeAsync();
        }
        await Replay.DisposeAsync();
        await _database.DisposeAsync();
        _stopping.Dispose();
    }

    /// <summary>
    /// Polls every second (the limiter stretches it), retries fast, checks corrections at the given delays after full
    /// time, and FotMob's limit at <see cref="FotMobBatch"/> a second. The limiter never snapshots here, so its
    /// journal keeps every grant for the test to count.
    /// </summary>
    private static Dictionary<string, string> NodeSettings(TimeSpan[] correctionChecks)
    {
        var fotMob = $"RateLimits__Intervals__{Apis.FotMob}__";
        var settings = new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Warning",
            ["Fixtures__LiveInterval"] = "00:00:01",
            ["Fixtures__RetryInterval"] = "00:00:01",
            [fotMob + "Initial"] = Text(FotMobWindow),
            [fotMob + "Minimum"] = Text(FotMobWindow),
            [fotMob + "BatchSize"] = FotMobBatch.ToString(CultureInfo.InvariantCulture),
            ["RateLimits__SnapshotEvery"] = int.MaxValue.ToString(CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < correctionChecks.Length; i++)
        {
            settings[$"Fixtures__CorrectionChecks__{i}"] = Text(correctionChecks[i]);
        }
        return settings;
    }

    private static string Text(TimeSpan span) => span.ToString("c", CultureInfo.InvariantCulture);
}
