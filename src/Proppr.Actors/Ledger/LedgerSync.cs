using Akka.Actor;
using Akka.Event;
using Proppr.Actors.Hosting;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Ledger;

/// <summary>
/// Keeps the spreadsheet ledger in step with the read model (a cluster singleton: one writer per sheet). Runs a
/// <see cref="LedgerCycle"/> per tab on a timer, one round at a time; after a failure (a 429, the API or the database unreachable,
/// a bad key file) it waits on a doubling back-off, at least as long as the API asked, and carries on from the
/// progress stored with the rows.
/// </summary>
public sealed class LedgerSync : ReceiveActor, IWithTimers
{
    private const string CycleTimer = "cycle";

    private readonly LedgerOptions _options;
    private readonly DatabaseOptions _database;
    private readonly BetQueries _queries;
    private readonly IRateLimiterClient _limiter;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly CancellationTokenSource _stopping = new();
    private HttpClient? _http;
    private IReadOnlyList<LedgerCycle>? _cycles;
    private bool _running;
    private int _failuresInARow;
    private LedgerStatus _status = new(0, 0, 0, 0, 0, 0, null, null);

    public LedgerSync(LedgerOptions options, DatabaseOptions database, BetQueries queries, IRateLimiterClient limiter)
    {
        _options = options;
        _database = database;
        _queries = queries;
        _limiter = limiter;

        Receive<RunCycle>(_ => Run());
        Receive<CycleDone>(OnDone);
        Receive<CycleFailed>(OnFailed);
        Receive<GetLedgerStatus>(_ => Sender.Tell(_status));
        Receive<ResyncLedger>(_ => ResyncAsync(Self, _stopping.Token).PipeTo(Sender));
    }

    public static Props Props(LedgerOptions options, DatabaseOptions database, BetQueries queries, IRateLimiterClient limiter) =>
        Akka.Actor.Props.Create(() => new LedgerSync(options, database, queries, limiter));

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart()
    {
        _http = ExternalHttpClient.Create(Apis.Sheets, _options.SheetsBaseUrl, _limiter, _options.MaxPermitWait, _options.Timeout);
        Self.Tell(RunCycle.Instance);
    }

    protected override void PostStop()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _http?.Dispose();
    }

    private void Run()
    {
        if (_running)
        {
            return;
        }
        _running = true;
        RunAsync(_cycles, Context.System.Scheduler.Now, _stopping.Token).PipeTo(Self);
    }

    private async Task<object> RunAsync(IReadOnlyList<LedgerCycle>? cycles, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            // Connected on the first cycle rather than at start, so a bad key file is a failed cycle (logged, retried), not a crash.
            cycles ??= await ConnectAsync(cancellationToken);
            var report = new LedgerCycleReport(0, 0, 0, 0);
            foreach (var cycle in cycles)
            {
                report += await cycle.RunAsync(now, cancellationToken);
            }
            return new CycleDone(cycles, report);
        }
        catch (Exception e)
        {
            return new CycleFailed(cycles, e);
        }
    }

    private async Task<IReadOnlyList<LedgerCycle>> ConnectAsync(CancellationToken cancellationToken)
    {
        var stores = Stores();
        // Last: the credential holds an HttpClient of its own, which a connect failing after it would leave behind.
        var tokens = ServiceAccountTokens.FromKeyFile(_options.CredentialsPath!, _options.TokenEndpoint, _limiter, _options.MaxPermitWait);
        var sheets = new SheetsClient(_http!, tokens, _options.SpreadsheetId!);
        return [.. stores.Select(tabStore => new LedgerCycle(sheets, tabStore.Store, _queries, _options, tabStore.Tab))];
    }

    private List<(LedgerTab Tab, LedgerStore Store)> Stores() =>
        [.. _options.Tabs.Select(tab => (tab, new LedgerStore(_database, _options.LedgerKey(tab))))];

    /// <summary>Queues every row of every tab for checking, then starts a round at once rather than at the next timer.</summary>
    private async Task<LedgerResyncQueued> ResyncAsync(IActorRef self, CancellationToken cancellationToken)
    {
        var rows = 0;
        foreach (var (_, store) in Stores())
        {
            rows += await store.ForgetChecksAsync(cancellationToken);
        }
        self.Tell(RunCycle.Instance);
        return new LedgerResyncQueued(rows);
    }

    private void OnDone(CycleDone done)
    {
        _running = false;
        _failuresInARow = 0;
        _cycles = done.Cycles;
        var report = done.Report;
        if (report.Appended + report.Updated + report.Repaired > 0)
        {
            _log.Info("Ledger: {0} rows appended, {1} updated, {2} checked, {3} repaired",
                report.Appended, report.Updated, report.Checked, report.Repaired);
        }
        _status = _status with
        {
            Cycles = _status.Cycles + 1,
            RowsAppended = _status.RowsAppended + report.Appended,
            RowsUpdated = _status.RowsUpdated + report.Updated,
            RowsChecked = _status.RowsChecked + report.Checked,
            RowsRepaired = _status.RowsRepaired + report.Repaired,
            LastError = null,
            RetryingIn = null,
        };
        Timers.StartSingleTimer(CycleTimer, RunCycle.Instance, _options.Interval);
    }

    private void OnFailed(CycleFailed failed)
    {
        _running = false;
        _failuresInARow++;
        _cycles = failed.Cycles;
        var error = failed.Error;
        var backoff = _options.Backoff.After(_failuresInARow);
        var wait = error is SheetsApiException { RetryAfter: { } asked } && asked > backoff ? asked : backoff;
        _log.Warning("Ledger cycle failed ({0}); retrying in {1}", error.Message, wait);
        _status = _status with { FailedCycles = _status.FailedCycles + 1, LastError = error.Message, RetryingIn = wait };
        Timers.StartSingleTimer(CycleTimer, RunCycle.Instance, wait);
    }

    private sealed class RunCycle : INoSerializationVerificationNeeded
    {
        public static readonly RunCycle Instance = new();
    }

    private sealed record CycleDone(IReadOnlyList<LedgerCycle> Cycles, LedgerCycleReport Report) : INoSerializationVerificationNeeded;

    private sealed record CycleFailed(IReadOnlyList<LedgerCycle>? Cycles, Exception Error) : INoSerializationVerificationNeeded;
}
