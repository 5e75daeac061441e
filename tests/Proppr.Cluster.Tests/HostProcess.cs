using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Proppr.Cluster.Tests;

/// <summary>
/// One built host (<c>Proppr.Node</c> or <c>Proppr.Lighthouse</c>) running as an OS process, <c>dotnet &lt;dll&gt;</c>, from
/// its own output folder (so its own <c>appsettings.json</c> applies) and configured through environment variables.
/// Everything it prints is kept, to be shown when a test fails.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private const int SigTerm = 15;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the process printed, each line with the time it came, standard error lines marked.</summary>
    public IReadOnlyCollection<string> Output => _output;

    public static HostProcess Start(string name, string host, IReadOnlyDictionary<string, string> environment)
    {
        var dll = BuiltHostPath(host);
        var start = new ProcessStartInfo(DotnetHost, [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var started = new HostProcess(name, process);
        process.OutputDataReceived += (_, line) => started.Keep(line.Data, "");
        process.ErrorDataReceived += (_, line) => started.Keep(line.Data, "[stderr] ");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>SIGKILL: the process dies at once, without leaving the cluster or handing anything over.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>SIGTERM, what Kubernetes sends: the host runs coordinated shutdown (hand over, leave, exit).</summary>
    public void Terminate()
    {
        if (!_process.HasExited && SendSignal(_process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"SIGTERM to {Name} ({_process.Id}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Waits for the process to end; a hang guard, not a timing assertion.</summary>
    public async Task WaitForExitAsync(TimeSpan guard)
    {
        using var cancel = new CancellationTokenSource(guard);
        await _process.WaitForExitAsync(cancel.Token);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line, string prefix)
    {
        if (line is not null)
        {
            _output.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {prefix}{line}");
        }
    }

    /// <summary>The dll the test project's build produced for <paramref name="host"/> (paths from the project file).</summary>
    private static string BuiltHostPath(string host)
    {
        var path = typeof(HostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == host).Value!;
        var full = Path.GetFullPath(path.Replace('\\', Path.DirectorySeparatorChar));
        return File.Exists(full) ? full : throw new FileNotFoundException($"{host} is not built at {full}: build the test project", full);
    }

    /// <summary>The <c>dotnet</c> running the tests (the SDK names it), else the one on the PATH.</summary>
    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
