using System.Diagnostics;

namespace Proppr.Cli.Tests;

/// <summary>
/// The built <c>proppr</c> CLI run as a child process, <c>dotnet proppr.dll ...</c>, from this test project's output
/// folder (the project reference copies it there with its runtime config): what a user gets, exit code and all.
/// </summary>
internal static class PropprProcess
{
    // Not a timing assertion: only keeps a hung child from hanging the test run.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    public static async Task<ProcessOutcome> RunAsync(IEnumerable<string> arguments, string? standardInput = null)
    {
        var start = new ProcessStartInfo(DotnetHost, [Path.Combine(AppContext.BaseDirectory, "proppr.dll"), .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }
        process.StandardInput.Close();
        using var guard = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"proppr {string.Join(' ', arguments)} did not exit");
        }
        return new ProcessOutcome(process.ExitCode, await output, await errors);
    }

    /// <summary>The <c>dotnet</c> running the tests (the SDK names it), else the one on the PATH.</summary>
    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

/// <summary>How a child process ended: its exit code, standard output split into lines, and standard error.</summary>
internal sealed record ProcessOutcome(int ExitCode, string Output, string Errors)
{
    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
