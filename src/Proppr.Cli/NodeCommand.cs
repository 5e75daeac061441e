using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Proppr.Cli;

/// <summary>
/// A command that asks a node one thing and prints the answer: as a table for a person, or as the node's JSON with
/// <c>--json</c>. Exit 0 on an answer, 1 with a sentence on standard error when there is none.
/// </summary>
public static class NodeCommand
{
    public const int Failed = 1;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(
        NodeConnection node,
        string name,
        string description,
        Func<NodeApiClient, ParseResult, CancellationToken, Task<JsonNode>> ask,
        Action<JsonNode, TextWriter> print,
        params Argument[] arguments)
    {
        var command = new Command(name, description);
        foreach (var argument in arguments)
        {
            command.Arguments.Add(argument);
        }
        command.SetAction((parse, cancellationToken) => RunAsync(node, parse, ask, print, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        NodeConnection node,
        ParseResult parse,
        Func<NodeApiClient, ParseResult, CancellationToken, Task<JsonNode>> ask,
        Action<JsonNode, TextWriter> print,
        CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        try
        {
            using var client = node.ClientFor(parse);
            var answer = await ask(client, parse, cancellationToken);
            if (parse.GetValue(node.Json))
            {
                output.WriteLine(answer.ToJsonString(Indented));
            }
            else
            {
                print(answer, output);
            }
            return 0;
        }
        catch (CliFailure e)
        {
            parse.InvocationConfiguration.Error.WriteLine(e.Message);
            return Failed;
        }
    }
}
