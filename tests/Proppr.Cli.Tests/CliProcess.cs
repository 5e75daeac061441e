using System.Diagnostics;

namespace Proppr.Cli.Tests;

/// <summary>Runs the built <c>proppr</c> as a separate process, as a person or a script would, and captures what it prints.</summary>
internal static class CliProcess
{
    public sealed record Run(int ExitCode, string Output, string Error);

    public static async Task<Run> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "proppr.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("PROPPR_URL");
        start.Environment.Remove("PROPPR_TOKEN");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new Run(process.ExitCode, await output, await error);
    }

    public static Task<Run> RunAsync(params string[] args) => RunAsync(null, args);
}
