using System.Text.RegularExpressions;

namespace Proppr.K8s.Tests.Docker;

/// <summary>One instruction of a Dockerfile: its keyword (upper case) and its arguments, continuation lines joined.</summary>
public sealed record DockerInstruction(string Keyword, string Arguments)
{
    public IReadOnlyList<string> Words => Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A project's Dockerfile (<c>src/&lt;Project&gt;/Dockerfile</c>, built from the repository root), read as instructions.</summary>
public sealed partial class Dockerfile
{
    private Dockerfile(string project, IReadOnlyList<DockerInstruction> instructions)
    {
        Project = project;
        Instructions = instructions;
    }

    public string Project { get; }

    public IReadOnlyList<DockerInstruction> Instructions { get; }

    /// <summary>The instructions of the last stage: what the image is.</summary>
    public IReadOnlyList<DockerInstruction> FinalStage => Instructions.Skip(Instructions.ToList().FindLastIndex(i => i.Keyword == "FROM")).ToArray();

    public static string PathOf(string repositoryRoot, string project) => Path.Combine(repositoryRoot, "src", project, "Dockerfile");

    public static Dockerfile Read(string repositoryRoot, string project)
    {
        var text = ContinuedLine().Replace(File.ReadAllText(PathOf(repositoryRoot, project)), " ");
        var instructions = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new DockerInstruction(parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1] : ""))
            .ToArray();
        return new Dockerfile(project, instructions);
    }

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex ContinuedLine();
}
