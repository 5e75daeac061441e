using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Betting;
using Proppr.Actors.Hosting;
using Proppr.Actors.Ledger;
using Proppr.Actors.RateLimiting;
using Proppr.Actors.ReadModel;
using Proppr.Actors.Tests.ReadModel;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.ReadModel.ReadModelSamples;

namespace Proppr.Actors.Tests.Ledger;

/// <summary>
/// The ledger as it runs: a cluster singleton on a real node, its real Sheets client and Google.Apis.Auth service
/// account against Google on loopback (<see cref="FakeGoogleSheets"/>), fed from a read model in the same database.
/// The match day: a 10 @ 2.00 won, b 25 @ 1.80 lost, c 5 @ 3.00 refunded, d 40 @ 1.50 won, e 20 @ 2.50 won (later
/// corrected to lost), g a player prop 10 @ 2.20 won; f 15 @ 2.00 still pending.
/// </summary>
public sealed class LedgerSyncTests
{
    private static readonly Bet A = Bet("a", stake: 10m, odds: 2m);
    private static readonly Bet B = Bet("b", stake: 25m, odds: 1.8m, source: "team", market: Market.Corners);
    private static readonly Bet C = Bet("c", stake: 5m, odds: 3m);
    private static readonly Bet D = Bet("d", stake: 40m, odds: 1.5m);
    private static readonly Bet E = Bet("e", stake: 20m, odds: 2.5m);
    private static readonly Bet F = Bet("f", stake: 15m, odds: 2m);
    private static readonly Bet G = Bet("g", stake: 10m, odds: 2.2m, market: Market.ShotsOnTarget) with
    {
        Scope = BetScope.Player, PlayerId = 292462, PlayerName = "Mohamed Salah", Period = BetPeriod.FirstHalf, Line = Line.Of(0.5m),
    };

    private static readonly Settlement EWon = Won(E);

    private const string Match = "Liverpool v Manchester United";

    private static readonly string[] Header = ["Date", "Match", "Player", "Market", "Line", "Selection", "Odds", "Stake", "Result", "Returns", "P/L", "CLV", "Bet ID"];

    /// <summary>The sheet after the day, worked out by hand: stake × odds back on a win, the stake on a refund.</summary>
    private static readonly string[][] DaySheet =
    [
        Header,
        ["2026-03-14", Match, "", "goals", "2.5", "over", "2", "10", "won", "20", "10", "", "a"],
        ["2026-03-14", Match, "", "corners", "2.5", "over", "1.8", "25", "lost", "0", "-25", "", "b"],
        ["2026-03-14", Match, "", "goals", "2.5", "over", "3", "5", "refund", "5", "0", "", "c"],
        ["2026-03-14", Match, "", "goals", "2.5", "over", "1.5", "40", "won", "60", "20", "", "d"],
        ["2026-03-14", Match, "", "goals", "2.5", "over", "2.5", "20", "won", "50", "30", "", "e"],
        ["2026-03-14", Match, "Mohamed Salah", "shots_on_target (first_half)", "0.5", "over", "2.2", "10", "won", "22", "12", "", "g"],
    ];

    private static async Task WriteDay(JournalScript script)
    {
        foreach (var bet in new[] { A, B, C, D, E, F, G })
        {
            await script.TrackAsync(bet);
        }
        await script.SettleAsync(Won(A));
        await script.SettleAsync(Lost(B));
        await script.SettleAsync(Refunded(C));
        await script.SettleAsync(Won(D));
        await script.SettleAsync(EWon);
        await script.SettleAsync(Won(G));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task A_day_of_settlements_lands_once_each_in_one_append_and_stays_once(DatabaseProvider provider) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            await using var rig = await LedgerRig.StartAsync(database, WriteDay);

            await rig.UntilSheetIs(DaySheet);
            var landed = await rig.Status();
            await rig.UntilStatus(status => status.Cycles >= landed.Cycles + 3 && status.RowsChecked >= 6);

            rig.Sheets.Rows.Should().BeEquivalentTo(DaySheet, options => options.WithStrictOrdering());
            rig.Calls(":append").Should().HaveCount(1, "the day's rows go in one batched append");
            rig.Sheets.TokensIssued.Should().Be(1, "the token is reused until it expires");
        });

    [Fact]
    public Task Every_sheets_call_and_every_token_request_takes_a_permit_first() =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            await using var rig = await LedgerRig.StartAsync(database, WriteDay);
            await rig.UntilSheetIs(DaySheet);

            // Counted before its caller hears of it, a permit never trails its request (it may lead it: a caller that
            // stopped waiting on a busy machine leaves its permit unused).
            var calls = rig.Sheets.SheetCalls.Count + rig.Sheets.TokensIssued;
            (await rig.LimiterStateAsync()).PermitsGranted.Should().BeGreaterThanOrEqualTo(calls, "a call without a permit would make it fewer");
            rig.Sheets.TokensIssued.Should().BeGreaterThan(0);
        });

    [Fact]
    public Task Only_the_first_append_since_connecting_looks_for_its_bets_in_the_sheet() =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            await using var rig = await LedgerRig.StartAsync(database, WriteDay);
            await rig.UntilSheetIs(DaySheet);

            await rig.Script.SettleAsync(Won(F));

            await rig.UntilSheetIs([.. DaySheet, ["2026-03-14", Match, "", "goals", "2.5", "over", "2", "15", "won", "30", "15", "", "f"]]);
            rig.Calls(":append").Should().HaveCount(2);
            rig.Calls(new LedgerTab(FakeGoogleSheets.TabName, LedgerLayout.Proppr).BetIdColumn).Should().HaveCount(
                1, "after a saved write the ledger table knows every row appended");
        });

    [Fact]
    public Task A_resettlement_rewrites_its_own_row_in_place() =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            await using var rig = await LedgerRig.StartAsync(database, WriteDay);
            await rig.UntilSheetIs(DaySheet);

            await rig.Script.ResettleAsync(Corrected(EWon, Lost(E)));

            string[][] corrected = [.. DaySheet.Select(row => row[^1] == "e"
                ? ["2026-03-14", Match, "", "goals", "2.5", "over", "2.5", "20", "lost (corrected)", "0", "-20", "", "e"]
                : row)];
            await rig.UntilSheetIs(corrected);
            // The rotation may show the correction first; the write path then rewrites the same row once more.
            await rig.UntilStatus(status => status.RowsUpdated == 1);
            rig.Sheets.Rows.Should().BeEquivalentTo(corrected, options => options.WithStrictOrdering());
            rig.Calls(":append").Should().HaveCount(1, "a correction never adds a row");
        });

    [Fact]
    public Task A_sheet_edited_by_hand_is_put_back_by_the_rotation() =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            await using var rig = await LedgerRig.StartAsync(database, WriteDay, checksPerCycle: 2);
            await rig.UntilSheetIs(DaySheet);

            rig.Sheets.Type(3, 7, "999");   // b's stake
            rig.Sheets.ClearRow(4);         // c
            rig.Sheets.DeleteRow(2);        // a: every row below moves up

            await rig.UntilSheetIs(DaySheet);
            rig.Calls(":append").Should().HaveCount(1);
            // The status counts a cycle's repairs once the cycle reports, a moment after the sheet is right.
            await rig.UntilStatus(status => status.RowsRepaired >= 6);
        });

    [Fact]
    public Task A_ledger_that_lost_its_table_finds_its_rows_in_the_sheet_instead_of_appending_them_again() =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            await using var rig = await LedgerRig.StartAsync(database, WriteDay);
            await rig.UntilSheetIs(DaySheet);

            await rig.RestartAsync(async () =>
            {
                await using var connection = await database.OpenAsync(CancellationToken.None);
                await connection.ExecuteAsync("DELETE FROM ledger_rows", CancellationToken.None);
                await connection.ExecuteAsync("DELETE FROM ledger_progress", CancellationToken.None);
            });

            await rig.UntilStatus(status => status.Cycles >= 3 && status.RowsUpdated == 6);
            rig.Sheets.Rows.Should().BeEquivalentTo(DaySheet, options => options.WithStrictOrdering());
            rig.Calls(":append").Should().HaveCount(1);
        });

    [Fact]
    public Task The_old_layout_writes_each_bot_types_bets_on_its_tab_in_the_old_columns_and_other_sources_nowhere() =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            var desk = Bet("h", stake: 30m, odds: 2m, source: "desk");
            await using var rig = await LedgerRig.StartAsync(database, async script =>
            {
                await WriteDay(script);
                await script.TrackAsync(desk);
                await script.SettleAsync(Won(desk));
            }, layout: LedgerLayoutName.PropprV1);

            string[] header = ["Date", "Match", "Player", "Market", "Threshold", "Direction", "Odds", "Result", "P/L", "Bet ID"];
            await rig.UntilTabIs("player",
            [
                header,
                ["2026-03-14", Match, "", "goals", "2.5", "over", "2", "won", "10", "a"],
                ["2026-03-14", Match, "", "goals", "2.5", "over", "3", "refund", "0", "c"],
                ["2026-03-14", Match, "", "goals", "2.5", "over", "1.5", "won", "20", "d"],
                ["2026-03-14", Match, "", "goals", "2.5", "over", "2.5", "won", "30", "e"],
                ["2026-03-14", Match, "Mohamed Salah", "shots_on_target (first_half)", "0.5", "over", "2.2", "won", "12", "g"],
            ]);
            await rig.UntilTabIs("team", [header, ["2026-03-14", Match, "", "corners", "2.5", "over", "1.8", "lost", "-25", "b"]]);
            await rig.UntilTabIs("cerebro", [header]);
        });

    [Fact]
    public Task A_resync_queues_every_row_of_every_tab_and_the_rotation_checks_them_all_again() =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            await using var rig = await LedgerRig.StartAsync(database, WriteDay, layout: LedgerLayoutName.PropprV1);
            await rig.UntilTabIs("team", [[.. LedgerLayout.PropprV1.Header], ["2026-03-14", Match, "", "corners", "2.5", "over", "1.8", "lost", "-25", "b"]]);
            await rig.UntilStatus(status => status.RowsChecked >= 6);
            rig.Sheets.ClearRow(2, "team");

            var queued = await rig.ResyncAsync();
            var before = await rig.Status();

            queued.Rows.Should().Be(6, "five player rows and one team row");
            await rig.UntilStatus(status => status.RowsChecked >= before.RowsChecked + 6);
            await rig.UntilTabIs("team", [[.. LedgerLayout.PropprV1.Header], ["2026-03-14", Match, "", "corners", "2.5", "over", "1.8", "lost", "-25", "b"]]);
        });

    [Fact]
    public Task Rate_limited_calls_back_off_for_as_long_as_the_api_asks_then_land() =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            var retryAfter = TimeSpan.FromSeconds(1);
            await using var rig = await LedgerRig.StartAsync(database, WriteDay, beforeStart: sheets => sheets.ThrottleNext(3, retryAfter));

            await rig.UntilSheetIs(DaySheet);

            var calls = rig.Sheets.SheetCalls;
            var refused = calls.Select((call, i) => (call, i)).Where(c => c.call.Status == 429).ToList();
            refused.Should().HaveCount(3);
            foreach (var (call, i) in refused)
            {
                calls[i + 1].At.Should().BeOnOrAfter(call.At + retryAfter, "nothing is sent before the Retry-After has passed");
            }
            (await rig.Status()).FailedCycles.Should().BeGreaterThanOrEqualTo(3, "each 429 fails its cycle");
            rig.Calls(":append").Should().HaveCount(1);
        });

    [Fact]
    public Task A_missing_key_file_is_a_clear_error_and_the_ledger_catches_up_once_it_is_there() =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            await using var rig = await LedgerRig.StartAsync(database, WriteDay, writeKey: false);

            await rig.UntilStatus(status => status.LastError != null && status.LastError.Contains("could not be read"));
            rig.Sheets.SheetCalls.Should().BeEmpty();

            rig.Account.WriteKeyFile();
            await rig.UntilSheetIs(DaySheet);
        });

    [Fact]
    public async Task The_ledger_is_off_when_no_spreadsheet_or_credentials_are_configured()
    {
        using var file = new TempDatabaseFile();
        await using var node = await TestNode.StartAsync(file.Options, akka => akka
            .AddRateLimiter(RateLimiterSettings.Default)
            .AddLedgerSync(LedgerOptions.Off with { SpreadsheetId = "sheet-without-credentials" }, Limiter));

        ActorRegistry.For(node.System).TryGet<LedgerSync>(out _).Should().BeFalse();
        LedgerOptions.Off.IsConfigured.Should().BeFalse();
        (LedgerOptions.Off with { SpreadsheetId = "s", CredentialsPath = "key.json" }).IsConfigured.Should().BeTrue();
    }

    /// <summary>A node running the ledger against the fake, with a read model the test writes through a <see cref="JournalScript"/>.</summary>
    private static IRateLimiterClient Limiter(IActorRegistry registry) =>
        new ActorRateLimiterClient(registry.Get<RateLimiter>(), TimeSpan.FromSeconds(5));

    private sealed class LedgerRig : IAsyncDisposable
    {
        private TestNode _node = null!;
        private Func<Task<TestNode>> _start = null!;

        private LedgerRig(TestServiceAccount account, FakeGoogleSheets sheets, JournalScript script)
        {
            Account = account;
            Sheets = sheets;
            Script = script;
        }

        public TestServiceAccount Account { get; }

        public FakeGoogleSheets Sheets { get; }

        public JournalScript Script { get; }

        public static async Task<LedgerRig> StartAsync(
            DatabaseOptions database, Func<JournalScript, Task> history, int checksPerCycle = 50, bool writeKey = true,
            Action<FakeGoogleSheets>? beforeStart = null, LedgerLayoutName layout = LedgerLayoutName.Proppr)
        {
            var store = new BetReadModelStore(database);
            DatabaseSchema.Migrate(database);
            var script = new JournalScript(store);
            await history(script);

            var account = new TestServiceAccount();
            if (writeKey)
            {
                account.WriteKeyFile();
            }
            var options = new LedgerOptions
            {
                Layout = layout,
                SpreadsheetId = FakeGoogleSheets.SpreadsheetId,
                SheetName = FakeGoogleSheets.TabName,
                CredentialsPath = account.KeyPath,
                Interval = TimeSpan.FromMilliseconds(200),
                ChecksPerCycle = checksPerCycle,
                RetryWait = TimeSpan.FromMilliseconds(200),
                MaxRetryWait = TimeSpan.FromSeconds(2),
            };
            var rig = new LedgerRig(account, await FakeGoogleSheets.StartAsync(account, [.. options.Tabs.Select(tab => tab.Name)]), script);
            beforeStart?.Invoke(rig.Sheets);
            options = options with { TokenEndpoint = rig.Sheets.TokenEndpoint, SheetsBaseUrl = rig.Sheets.BaseUrl };
            // A roomy Sheets quota: the test runs many short cycles a minute.
            var limits = RateLimiterSettings.Default with
            {
                Quotas = new Dictionary<string, QuotaSettings> { [Apis.Sheets] = new(100_000, TimeSpan.FromMinutes(1)) },
            };
            rig._start = () => TestNode.StartAsync(database, akka => akka
                .AddRateLimiter(limits)
                .AddLedgerSync(options, Limiter));
            rig._node = await rig._start();
            return rig;
        }

        /// <summary>Stops the node, does <paramref name="whileDown"/>, and starts a new one on the same database and sheet.</summary>
        public async Task RestartAsync(Func<Task> whileDown)
        {
            await _node.StopAsync();
            await whileDown();
            _node = await _start();
        }

        public Task<LimiterState> LimiterStateAsync() =>
            _node.Required<RateLimiter>().Ask<LimiterState>(GetLimiterState.Instance, TimeSpan.FromSeconds(10));

        public async Task<LedgerStatus> Status() =>
            await _node.Required<LedgerSync>().Ask<LedgerStatus>(GetLedgerStatus.Instance, TimeSpan.FromSeconds(10));

        public Task UntilStatus(Func<LedgerStatus, bool> condition) =>
            Eventually.HoldsAsync(async () => condition(await Status()).Should().BeTrue());

        public async Task<LedgerResyncQueued> ResyncAsync() =>
            await _node.Required<LedgerSync>().Ask<LedgerResyncQueued>(ResyncLedger.Instance, TimeSpan.FromSeconds(10));

        public Task UntilTabIs(string tab, string[][] expected) =>
            Eventually.HoldsAsync(async () => Sheets.RowsOf(tab).Should().BeEquivalentTo(
                expected, options => options.WithStrictOrdering(), "the ledger reports {0}", await Status()));

        public Task UntilSheetIs(string[][] expected) =>
            Eventually.HoldsAsync(async () => Sheets.Rows.Should().BeEquivalentTo(
                expected, options => options.WithStrictOrdering(), "the ledger reports {0}", await Status()));

        public IReadOnlyList<string> Calls(string kind) => [.. Sheets.SheetCalls.Select(c => c.Call).Where(c => c.Contains(kind, StringComparison.Ordinal))];

        public async ValueTask DisposeAsync()
        {
            await _node.DisposeAsync();
            await Sheets.DisposeAsync();
            Account.Dispose();
        }
    }
}
