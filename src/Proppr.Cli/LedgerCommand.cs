using System.CommandLine;
using System.Text.Json.Nodes;

namespace Proppr.Cli;

/// <summary><c>proppr ledger show|resync</c>: the spreadsheet ledger through a node's management API.</summary>
public static class LedgerCommand
{
    public static Command Create(NodeConnection node) => new("ledger", "the spreadsheet ledger")
    {
        NodeCommand.Create(node, "show", "cycles, rows written, checked and repaired, the last failure",
            (api, _, ct) => api.GetAsync("api/manage/ledger", ct), Status),
        NodeCommand.Create(node, "resync", "verify every row of the sheet again, starting now",
            (api, _, ct) => api.PostAsync("api/manage/ledger/resync", "{}", "application/json", ct), Queued),
    };

    private static void Status(JsonNode status, TextWriter output)
    {
        output.WriteLine($"cycles {status["cycles"]} ({status["failed_cycles"]} failed)");
        output.WriteLine($"rows appended {status["rows_appended"]}, updated {status["rows_updated"]}, checked {status["rows_checked"]}, repaired {status["rows_repaired"]}");
        if ((string?)status["last_error"] is { } error)
        {
            output.WriteLine($"last error: {error}, retrying in {status["retrying_in"]}");
        }
    }

    private static void Queued(JsonNode answer, TextWriter output) =>
        output.WriteLine($"{answer["rows"]} rows queued for checking");
}
