using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Proppr.TestSupport;

namespace Proppr.Bench;

/// <summary>
/// Issue 15: a bulk import through the HTTP API of a real node process (built <c>src/Proppr.Node</c>, Release or Debug),
/// SQLite, 100 fixtures FotMob does not know: how long the requests take to be accepted, how long until the read model
/// holds every bet, and the node's resident memory (RSS, from <c>/proc</c>) before,
/// at the end and a minute after. The bets stay open, so what is still held after the burst is their state.
/// </summary>
public sealed class BulkImportScenario : IScenario
{
    private const int Fixtures = 100;
    private const string Token = "bench";

    public string Name => "bulk-import";

    public async Task<IReadOnlyList<Figure>> RunAsync(BenchOptions options)
    {
        var bets = options.ImportBets;
        var data = Directory.CreateTempSubdirectory("proppr-bench-import-").FullName;
        var port = FreePort.Next();
        using var node = Process.Start(new ProcessStartInfo("dotnet",
        [
            NodeDll(), $"--Urls=http://127.0.0.1:{port}", $"--Database:DataDirectory={data}", $"--Api:Token={Token}",
            "--FotMob:BaseUrl=http://127.0.0.1:9/", "--Logging:LogLevel:Default=Warning",
        ])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        node.OutputDataReceived += (_, _) => { };
        node.ErrorDataReceived += (_, _) => { };
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(10) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            await Eventually.HoldsAsync(async () => (await http.GetAsync("health/ready")).EnsureSuccessStatusCode());
            var before = Rss(node);
            var clock = Stopwatch.StartNew();
            var acceptedBets = 0;
            for (var first = 0; first < bets; first += 10_000)
            {
                var body = string.Join('\n', Enumerable.Range(first, Math.Min(10_000, bets - first)).Select(Bet));
                var response = await http.PostAsync("api/bets", new StringContent(body, Encoding.UTF8));
                acceptedBets += JsonNode.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!["accepted"]!.GetValue<int>();
            }
            var accepted = clock.Elapsed.TotalSeconds;
            while (await VisibleAsync(Path.Combine(data, "proppr.db")) < acceptedBets)
            {
                await Task.Delay(200);
            }
            var visible = clock.Elapsed.TotalSeconds;
            var atEnd = Rss(node);
            await Task.Delay(options.ImportIdle);
            var later = Rss(node);
            return
            [
                new Figure(Name, $"{bets} bets answered (10k a request)", accepted, "s"),
                new Figure(Name, "of them accepted (the rest unavailable: a fixture did not confirm in time)", acceptedBets, "bets"),
                new Figure(Name, "accepted bets in the read model, from the first request", visible, "s"),
                new Figure(Name, "node RSS before", before, "MB"),
                new Figure(Name, "node RSS when all visible", atEnd, "MB"),
                new Figure(Name, $"node RSS {options.ImportIdle.TotalSeconds:0} s later", later, "MB"),
            ];
        }
        finally
        {
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static string Bet(int i) =>
        $$"""{"bet_id":"bulk-{{i}}","fixture_id":{{9_000_000 + i % Fixtures}},"scope":"match","market":"goals","selection":"over","line":2.5,"odds":1.9,"stake":10,"client":"c{{i % 50}}","placed_at":"2026-12-01T12:00:00Z"}""";

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>The node built beside the bench, in the bench's configuration (a build dependency of this project).</summary>
    private static string NodeDll() =>
        Path.Combine(ReferenceData.RepositoryRoot, "src", "Proppr.Node", "bin", Configuration, "net10.0", "Proppr.Node.dll");

    private static double Rss(Process process) =>
        File.ReadLines($"/proc/{process.Id}/status").Where(line => line.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(line => double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).Single();

    private static async Task<long> VisibleAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM rm_bets";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
