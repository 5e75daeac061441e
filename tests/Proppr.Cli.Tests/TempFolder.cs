namespace Proppr.Cli.Tests;

/// <summary>A fresh temporary folder for the files one test hands to the CLI, removed on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("proppr-cli-test-").FullName;

    /// <summary>Writes <paramref name="content"/> exactly as given (no newline conversion) and returns the file's path.</summary>
    public string Write(string name, string content)
    {
        var path = Path.Combine(_path, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string PathOf(string name) => Path.Combine(_path, name);

    public void Dispose() => Directory.Delete(_path, recursive: true);
}
