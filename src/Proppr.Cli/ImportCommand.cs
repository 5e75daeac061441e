using System.CommandLine;
using System.Text.Json.Nodes;

namespace Proppr.Cli;

/// <summary>
/// <c>proppr import FILE</c>: sends a file of bets (JSON lines, <c>spec/bets.md</c>) to a node in batches and reports
/// what became of each: a count per answer, and every line that was not taken with its reason.
/// </summary>
public static class ImportCommand
{
    private static readonly string[] Statuses = ["accepted", "duplicate", "pending_resolution", "rejected", "unavailable"];

    public static Command Create(NodeConnection node)
    {
        var file = new Argument<FileInfo>("file") { Description = "bets, one JSON object per line" };
        var batchSize = new Option<int>("--batch-size") { Description = "lines per request", DefaultValueFactory = _ => 500 };
        var command = new Command("import", "send a file of bets (JSON lines) to a node") { file, batchSize };
        command.SetAction((parse, cancellationToken) => NodeCommand.RunAsync(node, parse,
            (api, _, ct) => ImportAsync(api, parse.GetValue(file)!, Math.Max(1, parse.GetValue(batchSize)), ct),
            Print, cancellationToken));
        return command;
    }

    private static async Task<JsonNode> ImportAsync(NodeApiClient api, FileInfo file, int batchSize, CancellationToken cancellationToken)
    {
        IReadOnlyList<(int Line, string Text)> lines;
        try
        {
            lines = [.. File.ReadLines(file.FullName).Select((text, index) => (index + 1, text)).Where(l => !string.IsNullOrWhiteSpace(l.text))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliFailure($"cannot read {file.FullName}: {e.Message}");
        }
        var results = new JsonArray();
        foreach (var batch in lines.Chunk(batchSize))
        {
            var answer = await api.PostAsync("api/bets", string.Join('\n', batch.Select(l => l.Text)), "application/x-ndjson", cancellationToken);
            foreach (var result in answer["results"]!.AsArray().OfType<JsonObject>())
            {
                var copy = (JsonObject)result.DeepClone();
                copy["line"] = batch[(int)result["index"]!].Line;
                copy.Remove("index");
                results.Add(copy);
            }
        }
        var summary = new JsonObject { ["file"] = file.FullName };
        foreach (var status in Statuses)
        {
            summary[status] = results.Count(r => (string)r!["status"]! == status);
        }
        summary["results"] = results;
        return summary;
    }

    private static void Print(JsonNode summary, TextWriter output)
    {
        output.WriteLine(string.Join(", ", Statuses.Select(s => $"{summary[s]} {s.Replace('_', ' ')}")));
        var notTaken = summary["results"]!.AsArray().OfType<JsonNode>()
            .Where(r => (string)r["status"]! is "rejected" or "unavailable").ToList();
        if (notTaken.Count == 0)
        {
            return;
        }
        var table = new TextTable("LINE", "BET", "STATUS", "REASON", "DETAIL");
        foreach (var result in notTaken)
        {
            table.Add(result["line"], result["bet_id"], result["status"], result["reason"], result["detail"]);
        }
        table.WriteTo(output);
    }
}
