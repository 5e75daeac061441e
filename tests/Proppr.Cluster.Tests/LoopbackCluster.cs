using Proppr.TestSupport;
using Xunit.Abstractions;

namespace Proppr.Cluster.Tests;

/// <summary>
/// A Proppr cluster of OS processes on loopback: one Lighthouse on a fixed port and any number of nodes joining
/// through it, all on one PostgreSQL database, polling one FotMob-shaped server. Every process ever started is killed
/// on dispose, and what each printed can be written to the test output.
/// </summary>
public sealed class LoopbackCluster(string connectionString, Uri fotMob, IReadOnlyDictionary<string, string> nodeSettings)
{
    public const string Token = "cluster-test-token";

    private static readonly TimeSpan ExitGuard = TimeSpan.FromSeconds(90);

    private readonly List<HostProcess> _started = [];
    private readonly List<ClusterNode> _everyNode = [];
    private readonly int _lighthousePort = FreePort.Next();
    private int _nodesStarted;

    public string LighthouseAddress => AkkaAddress(_lighthousePort);

    public HostProcess? Lighthouse { get; private set; }

    /// <summary>The nodes started so far that have not been killed or stopped.</summary>
    public List<ClusterNode> Nodes { get; } = [];

    public static string AkkaAddress(int port) => $"akka.tcp://proppr@127.0.0.1:{port}";

    /// <summary>Starts the seed; the same port every time, so a restarted cluster finds it where it was.</summary>
    public void StartLighthouse() =>
        Lighthouse = Started(HostProcess.Start("lighthouse", "Proppr.Lighthouse", new Dictionary<string, string>
        {
            ["Cluster__Hostname"] = "127.0.0.1",
            ["Cluster__Port"] = _lighthousePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Urls"] = $"http://127.0.0.1:{FreePort.Next()}",
        }));

    /// <summary>Starts a node joining through the Lighthouse; it is ready once <see cref="NodeApi.IsReadyAsync"/> says so.</summary>
    public ClusterNode StartNode()
    {
        var name = $"node{++_nodesStarted}";
        var port = FreePort.Next();
        var httpPort = FreePort.Next();
        var environment = new Dictionary<string, string>(nodeSettings)
        {
            ["Cluster__Hostname"] = "127.0.0.1",
            ["Cluster__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__SeedNodes__0"] = LighthouseAddress,
            ["Urls"] = $"http://127.0.0.1:{httpPort}",
            ["Database__Provider"] = "PostgreSql",
            ["Database__ConnectionString"] = connectionString,
            ["Api__Token"] = Token,
            ["FotMob__BaseUrl"] = fotMob.ToString(),
        };
        var node = new ClusterNode(name, AkkaAddress(port), Started(HostProcess.Start(name, "Proppr.Node", environment)),
            new NodeApi(new Uri($"http://127.0.0.1:{httpPort}/"), Token));
        Nodes.Add(node);
        _everyNode.Add(node);
        return node;
    }

    /// <summary>SIGKILL: no leaving, no hand-over; the others must notice, down it and take over its work.</summary>
    public void Kill(ClusterNode node)
    {
        node.Process.Kill();
        Nodes.Remove(node);
    }

    /// <summary>SIGTERM, as Kubernetes stops a pod: the node hands its shards over, leaves and exits by itself.</summary>
    public void Stop(ClusterNode node)
    {
        node.Process.Terminate();
        Nodes.Remove(node);
    }

    /// <summary>Stops every process, nodes by SIGTERM (coordinated shutdown) all at once, then the Lighthouse.</summary>
    public async Task StopAllAsync()
    {
        foreach (var node in Nodes)
        {
            node.Process.Terminate();
        }
        await Task.WhenAll(Nodes.Select(node => node.Process.WaitForExitAsync(ExitGuard)));
        Nodes.Clear();
        Lighthouse?.Terminate();
        await (Lighthouse?.WaitForExitAsync(ExitGuard) ?? Task.CompletedTask);
        Lighthouse = null;
    }

    /// <summary>Everything each process printed, for a failed test's output.</summary>
    public void WriteOutput(ITestOutputHelper output)
    {
        foreach (var process in _started)
        {
            output.WriteLine($"===== {process.Name} (pid {process.Id}{(process.HasExited ? ", exited" : "")}) =====");
            foreach (var line in process.Output)
            {
                output.WriteLine(line);
            }
        }
    }

    /// <summary>Kills what still runs and keeps each process's output in <paramref name="logFolder"/>, for a look after the run.</summary>
    public void Dispose(string logFolder)
    {
        Directory.CreateDirectory(logFolder);
        foreach (var process in _started)
        {
            process.Dispose();
            File.WriteAllLines(Path.Combine(logFolder, process.Name + ".log"), process.Output);
        }
        foreach (var node in _everyNode)
        {
            node.Api.Dispose();
        }
    }

    private HostProcess Started(HostProcess process)
    {
        _started.Add(process);
        return process;
    }
}

/// <summary>A node process, its cluster address and its HTTP API.</summary>
public sealed record ClusterNode(string Name, string Address, HostProcess Process, NodeApi Api);
