using System.CommandLine;
using System.Text.Json.Nodes;

namespace Proppr.Cli;

/// <summary><c>proppr report pnl --from DATE --to DATE [--by source|market|day]</c>: the P&amp;L of the bets settled in [from, to).</summary>
public static class ReportCommand
{
    public static Command Create(NodeConnection node)
    {
        var from = new Option<string>("--from") { Description = "first day (or time) settled, ISO-8601", Required = true };
        var to = new Option<string>("--to") { Description = "day (or time) after the last, ISO-8601", Required = true };
        var by = new Option<string>("--by") { Description = "source, market or day", DefaultValueFactory = _ => "source" };
        var pnl = NodeCommand.Create(node, "pnl", "stake, returns, profit, ROI, win rate and closing-line value per group",
            (api, parse, ct) => api.GetAsync(
                $"api/reports/pnl?from={Uri.EscapeDataString(parse.GetValue(from)!)}&to={Uri.EscapeDataString(parse.GetValue(to)!)}&by={Uri.EscapeDataString(parse.GetValue(by)!)}", ct),
            Print);
        pnl.Options.Add(from);
        pnl.Options.Add(to);
        pnl.Options.Add(by);
        return new Command("report", "reports from the read model") { pnl };
    }

    private static void Print(JsonNode report, TextWriter output)
    {
        new TextTable(((string)report["by"]!).ToUpperInvariant(), "BETS", "WINS", "LOSSES", "VOIDS", "STAKE", "RETURNS", "PROFIT", "ROI", "WIN RATE", "AVG CLV")
            .AddEach(report["groups"]!.AsArray().OfType<JsonNode>(), group => Row((string?)group["key"] ?? "(none)", group["figures"]!))
            .Add(Row("TOTAL", report["total"]!))
            .WriteTo(output);
    }

    private static object?[] Row(string key, JsonNode f) =>
        [key, f["count"], f["wins"], f["losses"], f["voids"], f["stake"], f["returns"], f["profit"], f["roi"], f["win_rate"], f["average_clv"]];
}
