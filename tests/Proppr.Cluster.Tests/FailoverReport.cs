using System.Globalization;
using Xunit.Abstractions;

namespace Proppr.Cluster.Tests;

/// <summary>
/// What a node-crash run measured, for people, not for assertions: how long downing and the take-over took. Written to
/// the test output and to <c>cluster-failover-report.txt</c> beside the test assemblies.
/// </summary>
public sealed record FailoverReport(
    int Fixtures,
    int Bets,
    int OrphanedFixtures,
    int OrphanSettlementsAfterKill,
    int BetsResent,
    TimeSpan KillToDowned,
    TimeSpan KillToLastOrphanSettlement,
    int FotMobRequests,
    int FotMobGrants,
    int MostGrantsInAWindow)
{
    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "cluster-failover-report.txt");

    public void Write(ITestOutputHelper output)
    {
        var text = string.Join(Environment.NewLine,
            $"fixtures {Fixtures}, bets {Bets}",
            $"orphaned fixtures (on the killed node) {OrphanedFixtures}, their settlements after the kill {OrphanSettlementsAfterKill}",
            $"bets sent again while the cluster could not confirm them {BetsResent}",
            $"kill -> downed and removed: {Seconds(KillToDowned)}",
            $"kill -> last orphaned settlement: {Seconds(KillToLastOrphanSettlement)}",
            $"FotMob requests served {FotMobRequests}, permits granted {FotMobGrants}, most in one {ClusterRun.FotMobWindow.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s window {MostGrantsInAWindow} (policy {ClusterRun.FotMobBatch})");
        output.WriteLine(text);
        output.WriteLine($"(written to {FilePath})");
        File.WriteAllText(FilePath, text + Environment.NewLine);
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
