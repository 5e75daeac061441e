using System.Globalization;
using Xunit.Abstractions;

namespace Proppr.Cluster.Tests;

/// <summary>
/// What a failover run measured, for people, not for assertions: how long the graceful hand-off, the downing and the
/// take-over took. Written to the test output and to <c>cluster-failover-report.txt</c> beside the test assemblies.
/// </summary>
public sealed record FailoverReport(
    int Fixtures,
    int Bets,
    int BetsResent,
    GracefulStopFigures Stop,
    CrashFigures Crash,
    int FotMobRequests,
    int FotMobGrants,
    int MostGrantsInAWindow)
{
    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "cluster-failover-report.txt");

    public void Write(ITestOutputHelper output)
    {
        var text = string.Join(Environment.NewLine,
            $"fixtures {Fixtures}, bets {Bets}",
            $"bets sent again while the cluster could not confirm them {BetsResent}",
            $"graceful stop: fixtures on the stopped node {Stop.Fixtures}",
            $"SIGTERM -> its fixtures running on the others (hand-off): {Seconds(Stop.HandedOff)}",
            $"SIGTERM -> left the cluster: {Seconds(Stop.Removed)}",
            $"SIGTERM -> process exited: {Seconds(Stop.Exited)}",
            $"longest a bet sent before it exited waited for confirmation: {Seconds(Stop.LongestBetWait)}",
            $"crash: orphaned fixtures (on the killed node) {Crash.OrphanedFixtures}, their first settlements after the kill {Crash.OrphanSettlements}",
            $"kill -> downed and removed: {Seconds(Crash.KillToDowned)}",
            $"kill -> last orphaned settlement: {Seconds(Crash.KillToLastOrphanSettlement)}",
            $"longest a bet sent before the node was downed waited for confirmation: {Seconds(Crash.LongestBetWait)}",
            $"FotMob requests served {FotMobRequests}, permits granted {FotMobGrants}, most in one {ClusterRun.FotMobWindow.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s window {MostGrantsInAWindow} (policy {ClusterRun.FotMobBatch})");
        output.WriteLine(text);
        output.WriteLine($"(written to {FilePath})");
        File.WriteAllText(FilePath, text + Environment.NewLine);
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
