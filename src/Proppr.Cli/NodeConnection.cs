using System.CommandLine;

namespace Proppr.Cli;

/// <summary>
/// The options every command that talks to a node shares: where it is (<c>--url</c>, <c>PROPPR_URL</c>), the bearer
/// token (<c>--token</c>, <c>PROPPR_TOKEN</c>) and <c>--json</c> for scripts instead of tables.
/// </summary>
public sealed class NodeConnection
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public Option<string> Url { get; } = new("--url")
    {
        Description = "the node's HTTP address (default: $PROPPR_URL, else " + DefaultUrl + ")",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("PROPPR_URL") is { Length: > 0 } url ? url : DefaultUrl,
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = "the node's API bearer token (default: $PROPPR_TOKEN)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("PROPPR_TOKEN"),
    };

    public Option<bool> Json { get; } = new("--json") { Description = "print the node's JSON answer instead of a table", Recursive = true };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Url);
        root.Options.Add(Token);
        root.Options.Add(Json);
    }

    public NodeApiClient ClientFor(ParseResult parse) => new(parse.GetValue(Url)!, parse.GetValue(Token));
}
