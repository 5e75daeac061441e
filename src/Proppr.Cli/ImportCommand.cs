using System.CommandLine;
using System.Text.Json.Nodes;
using Proppr.Cli.V1;

namespace Proppr.Cli;

/// <summary>
/// <c>proppr import FILE</c>: sends a file of bets (JSON lines, <c>spec/bets.md</c>) to a node in batches and reports
/// what became of each: a count per answer, and every line that was not taken with its reason. With
/// <c>--from proppr-v1</c> the file is an export of the old system's tracked bets (<see cref="V1BetTranslator"/>):
/// a document that cannot be mapped is reported as <c>unmappable</c>, and one the old system had settled keeps that
/// settlement as history (counted as <c>settled_in_v1</c>), unless <c>--regrade</c> asks Proppr to grade it again
/// and then shows where Proppr's verdict differs from the old one (<see cref="V1Regrade"/>).
/// With <c>--from proppr-v1-mappings</c> the file is an export of the old fixture-mapping collections, sent as mappings
/// (<see cref="V1MappingTranslator"/>); with <c>--from proppr-v1-player-mappings</c> an export of the old
/// <c>player_mappings_fm</c>, sent as player mappings in batches (<see cref="V1PlayerMappingTranslator"/>).
/// </summary>
public static class ImportCommand
{
    private const string V1 = "proppr-v1";
    private const string V1Mappings = "proppr-v1-mappings";
    private const string V1PlayerMappings = "proppr-v1-player-mappings";
    private const string Unmappable = "unmappable";
    private const string SettledInV1 = "settled_in_v1";

    private static readonly string[] Statuses = ["accepted", "duplicate", "pending_resolution", "rejected", "unavailable", Unmappable];

    public static Command Create(NodeConnection node)
    {
        var file = new Argument<FileInfo>("file") { Description = "bets, one JSON object per line" };
        var batchSize = new Option<int>("--batch-size") { Description = "lines per request", DefaultValueFactory = _ => 500 };
        var from = new Option<string>("--from")
        {
            Description = "the file's format: proppr (bets as in docs/spec/bets.md), proppr-v1 (an export of the old tracked bets) " +
                          "proppr-v1-mappings (an export of the old fixture mappings) or proppr-v1-player-mappings (of player_mappings_fm)",
            DefaultValueFactory = _ => "proppr",
        };
        from.AcceptOnlyFromAmong("proppr", V1, V1Mappings, V1PlayerMappings);
        var regrade = new Option<bool>("--regrade")
        {
            Description = "proppr-v1: send the bets the old system settled open, to be graded again, and show every difference",
        };
        var wait = new Option<int>("--wait") { Description = "--regrade: seconds to wait for Proppr's grades", DefaultValueFactory = _ => 60 };
        var command = new Command("import", "send a file of bets (JSON lines) to a node") { file, batchSize, from, regrade, wait };
        command.SetAction((parse, cancellationToken) => NodeCommand.RunAsync(node, parse,
            (api, _, ct) => parse.GetValue(from) switch
            {
                V1Mappings => ImportMappingsAsync(api, parse.GetValue(file)!, ct),
                V1PlayerMappings => ImportPlayerMappingsAsync(api, parse.GetValue(file)!, Math.Max(1, parse.GetValue(batchSize)), ct),
                _ => ImportAsync(api, parse.GetValue(file)!, Math.Max(1, parse.GetValue(batchSize)), parse.GetValue(from) == V1,
                    parse.GetValue(regrade) ? TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(wait))) : null, ct),
            },
            Print, cancellationToken));
        return command;
    }

    /// <param name="regradeWait">With <c>--regrade</c>: how long to wait for Proppr's grades; null without.</param>
    private static async Task<JsonNode> ImportAsync(
        NodeApiClient api, FileInfo file, int batchSize, bool fromV1, TimeSpan? regradeWait, CancellationToken cancellationToken)
    {
        var results = new JsonArray();
        var lines = ReadLines(file);
        var settledInV1 = 0;
        IReadOnlyList<V1Translation> regraded = [];
        if (fromV1)
        {
            (lines, var answered, settledInV1, regraded) = Translate(lines, regradeWait is not null);
            foreach (var answer in answered)
            {
                results.Add(answer);
            }
        }
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
        var summary = new JsonObject { ["file"] = file.FullName, ["from"] = fromV1 ? V1 : "proppr" };
        foreach (var status in Statuses)
        {
            summary[status] = results.Count(r => (string)r!["status"]! == status);
        }
        summary[SettledInV1] = settledInV1;
        if (regradeWait is { } wait)
        {
            var taken = results.Where(r => (string)r!["status"]! is "accepted" or "duplicate").Select(r => (string?)r!["bet_id"]).ToHashSet();
            summary["regraded"] = await V1Regrade.CompareAsync(api, [.. regraded.Where(t => taken.Contains(t.BetId))], wait, cancellationToken);
        }
        summary["results"] = new JsonArray([.. results.OrderBy(r => (int)r!["line"]!).Select(r => r!.DeepClone())]);
        return summary;
    }

    /// <summary>Sends each mapping an old mapping document gives; lists the documents that give none.</summary>
    private static async Task<JsonNode> ImportMappingsAsync(NodeApiClient api, FileInfo file, CancellationToken cancellationToken)
    {
        var results = new JsonArray();
        var mapped = 0;
        foreach (var mappings in ReadLines(file).Select(line => V1MappingTranslator.Translate(line.Line, line.Text)))
        {
            if (mappings.Problem is not null)
            {
                results.Add(new JsonObject { ["status"] = Unmappable, ["detail"] = mappings.Problem, ["line"] = mappings.Line });
            }
            foreach (var (externalId, fixtureId) in mappings.Pairs)
            {
                var body = new JsonObject { ["external_id"] = externalId, ["fixture_id"] = fixtureId };
                await api.PostAsync("api/manage/mappings", body.ToJsonString(), "application/json", cancellationToken);
                mapped++;
            }
        }
        return new JsonObject { ["file"] = file.FullName, ["from"] = V1Mappings, ["mapped"] = mapped, [Unmappable] = results.Count, ["results"] = results };
    }

    /// <summary>Sends the player mappings in batches (each all or nothing at the node); lists the documents that give none.</summary>
    private static async Task<JsonNode> ImportPlayerMappingsAsync(NodeApiClient api, FileInfo file, int batchSize, CancellationToken cancellationToken)
    {
        var translated = ReadLines(file).Select(line => V1PlayerMappingTranslator.Translate(line.Line, line.Text)).ToList();
        var results = new JsonArray([.. translated.Where(t => t.Mapping is null)
            .Select(t => new JsonObject { ["status"] = Unmappable, ["detail"] = t.Problem, ["line"] = t.Line })]);
        var mapped = 0;
        foreach (var batch in translated.Where(t => t.Mapping is not null).Chunk(batchSize))
        {
            var body = new JsonArray([.. batch.Select(t => t.Mapping!.DeepClone())]);
            mapped += (int)(await api.PostAsync("api/manage/player-mappings", body.ToJsonString(), "application/json", cancellationToken))["saved"]!;
        }
        return new JsonObject { ["file"] = file.FullName, ["from"] = V1PlayerMappings, ["mapped"] = mapped, [Unmappable] = results.Count, ["results"] = results };
    }

    /// <summary>
    /// The lines to send, as Proppr bets, the answers for the documents that cannot map, how many of those sent keep
    /// the old system's settlement, and (with <paramref name="regrade"/>) the old settled bets sent open instead.
    /// </summary>
    private static (IReadOnlyList<(int Line, string Text)> ToSend, IReadOnlyList<JsonObject> Unmapped, int SettledInV1, IReadOnlyList<V1Translation> Regraded)
        Translate(IReadOnlyList<(int Line, string Text)> lines, bool regrade)
    {
        var toSend = new List<(int, string)>();
        var unmapped = new List<JsonObject>();
        var regraded = new List<V1Translation>();
        var settled = 0;
        foreach (var translation in lines.Select(line => V1BetTranslator.Translate(line.Line, line.Text)))
        {
            if (!translation.Mapped)
            {
                unmapped.Add(new JsonObject
                {
                    ["bet_id"] = translation.BetId, ["status"] = Unmappable, ["detail"] = translation.Problem, ["line"] = translation.Line,
                });
                continue;
            }
            var bet = translation.Bet!;
            if (translation.Settled && regrade)
            {
                bet.Remove("prior_settlement");
                regraded.Add(translation);
            }
            else if (translation.Settled)
            {
                settled++;
            }
            toSend.Add((translation.Line, bet.ToJsonString()));
        }
        return (toSend, unmapped, settled, regraded);
    }

    private static IReadOnlyList<(int Line, string Text)> ReadLines(FileInfo file)
    {
        try
        {
            return [.. File.ReadLines(file.FullName).Select((text, index) => (index + 1, text)).Where(l => !string.IsNullOrWhiteSpace(l.text))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliFailure($"cannot read {file.FullName}: {e.Message}");
        }
    }

    private static void Print(JsonNode summary, TextWriter output)
    {
        var from = (string?)summary["from"];
        var shown = Statuses.Where(status => from == V1 || status is not Unmappable);
        output.WriteLine(from is V1Mappings or V1PlayerMappings
            ? $"{summary["mapped"]} {(from == V1PlayerMappings ? "player mappings" : "mappings")} sent, {summary[Unmappable]} unmappable"
            : string.Join(", ", shown.Select(s => $"{summary[s]} {s.Replace('_', ' ')}")) +
              (from == V1 ? $"; {summary[SettledInV1]} sent with the settlement v1 gave them" : ""));
        var notTaken = summary["results"]!.AsArray().OfType<JsonNode>()
            .Where(r => (string)r["status"]! is "rejected" or "unavailable" or Unmappable).ToList();
        if (notTaken.Count > 0)
        {
            new TextTable("LINE", "BET", "STATUS", "REASON", "DETAIL")
                .AddEach(notTaken, result => [result["line"], result["bet_id"], result["status"], result["reason"], result["detail"]])
                .WriteTo(output);
        }
        if (summary["regraded"] is JsonArray regraded)
        {
            PrintRegraded([.. regraded.OfType<JsonNode>()], output);
        }
    }

    /// <summary>How many old verdicts Proppr agrees with, then every one it does not (or has not graded yet).</summary>
    private static void PrintRegraded(IReadOnlyList<JsonNode> regraded, TextWriter output)
    {
        var ungraded = regraded.Where(entry => entry["proppr"] is null).ToList();
        var differ = regraded.Where(entry => entry["proppr"] is not null && (string?)entry["proppr"] != (string?)entry["v1"]).ToList();
        output.WriteLine($"{regraded.Count} regraded: {regraded.Count - differ.Count - ungraded.Count} as v1 had them, " +
                         $"{differ.Count} differ, {ungraded.Count} not graded in time");
        if (differ.Count + ungraded.Count == 0)
        {
            return;
        }
        new TextTable("LINE", "BET", "V1", "PROPPR")
            .AddEach(differ.Concat(ungraded).OrderBy(entry => (int)entry["line"]!), entry => [entry["line"], entry["bet_id"], entry["v1"], entry["proppr"]])
            .WriteTo(output);
    }
}
