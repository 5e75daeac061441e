using Akka.Actor;
using Akka.Event;
using Proppr.Actors.Hosting;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.ReadModel;

namespace Proppr.Actors.Ledger;

/// <summary>
/// Keeps the spreadsheet ledger in step with the read model (a cluster singleton: one writer per sheet). Runs a
/// <see cref="LedgerCycle"/> on a timer, one at a time; after a failure (a 429, the API or the database unreachable,
/// a bad key file) it waits on a doubling back-off, at least as long as the API asked, and carries on from the
/// progress stored with the rows.
/// </summary>
public sealed class LedgerSync : ReceiveActor, IWithTimers
{
    private const string CycleTimer = "cycle";

    private readonly LedgerOptions _options;
    private readonly DatabaseOptions _database;
    private readonly IRateLimiterClient _limiter;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly CancellationTokenSource _stopping = new();
    private HttpClient? _http;
    private LedgerCycle? _cycle;
    private bool _running;
    private int _failuresInARow;
    private LedgerStatus _status = new(0, 0, 0, 0, 0, 0, null, null);

    public LedgerSync(LedgerOptions options, DatabaseOptions database, IRateLimiterClient limiter)
    {
        _options = options;
        _database = database;
        _limiter = limiter;

        Receive<RunCycle>(_ => Run());
        Receive<CycleDone>(OnDone);
        Receive<CycleFailed>(OnFailed);
        Receive<GetLedgerStatus>(_ => Sender.Tell(_status));
    }

    public static Props Props(LedgerOptions options, DatabaseOptions database, IRateLimiterClient limiter) =>
        Akka.Actor.Props.Create(() => new LedgerSync(options, database, limiter));

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
        RunAsync(_cycle, Context.System.Scheduler.Now, _stopping.Token).PipeTo(Self);
    }

    private async Task<object> RunAsync(LedgerCycle? cycle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            // Connected on the first cycle rather than at start, so a bad key file is a failed cycle (logged, retried), not a crash.
            cycle ??= await ConnectAsync(cancellationToken);
            return new CycleDone(cycle, await cycle.RunAsync(now, cancellationToken));
        }
        catch (Exception e)
        {
            return new CycleFailed(cycle, e);
        }
    }

    private async Task<LedgerCycle> ConnectAsync(CancellationToken cancellationToken)
    {
        var store = new LedgerStore(_database, _options.LedgerKey);
        await store.EnsureCreatedAsync(cancellationToken);
        // The read model's tables may not exist yet on a fresh database (the projection creates them as it starts).
        await new BetReadModelStore(_database).EnsureCreatedAsync(cancellationToken);
        // Last: the credential holds an HttpClient of its own, which a connect failing after it would leave behind.
        var tokens = ServiceAccountTokens.FromKeyFile(_options.CredentialsPath!, _options.TokenEndpoint, _limiter, _options.MaxPermitWait);
        return new LedgerCycle(new SheetsClient(_http!, tokens, _options.SpreadsheetId!), store, new BetQueries(_database), _options);
    }

    private void OnDone(CycleDone done)
    {
        _running = false;
        _failuresInARow = 0;
        _cycle = done.Cycle;
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
        _cycle = failed.Cycle;
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

    private sealed record CycleDone(LedgerCycle Cycle, LedgerCycleReport Report) : INoSerializationVerificationNeeded;

    private sealed record CycleFailed(LedgerCycle? Cycle, Exception Error) : INoSerializationVerificationNeeded;
}
